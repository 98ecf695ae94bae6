package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.laufzettel.support.AppTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing archives: export → import on an empty instance → export gives the same files; and
 * every kind of bad archive is refused with one clear reason, having written nothing.
 */
class OrganizationImportTest extends AppTest {
    @Autowired
    OrganizationExport export;
    @Autowired
    OrganizationImport importer;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void exportImportOnAnEmptyInstanceAndExportAgainGiveTheSameFiles() throws Exception {
        BoardWithTask s = boardWithTask("Rundreisestadt", "Präsentation 🎉 <b>fett</b>");
        s.web().post(s.board() + "/tags", "name", "Design", "colour", "purple");
        UUID tag = db.sql("SELECT id FROM tag WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/tags", "_method", "put", "tag", tag.toString());
        s.web().post(s.task() + "/checklists", "title", "Schritte");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/checklists/" + list + "/items", "text", "Gliederung");
        s.web().post(s.task() + "/comments", "body", "Bitte **prüfen**");
        s.web().upload(s.task() + "/attachments", "plan.pdf", "application/pdf", "%PDF-1.4 Plan".getBytes(StandardCharsets.UTF_8));
        s.web().post(s.task() + "/completion");
        s.web().post(s.task() + "/pin");
        s.web().get("/agenda");

        Path first = temp.resolve("first.zip");
        try (OutputStream out = Files.newOutputStream(first)) {
            assertThat(export.export(s.org().slug(), out, step -> { })).isPresent();
        }

        // An empty instance: a database of its own on the same PostgreSQL, a data directory of its own.
        String database = "roundtrip_" + UUID.randomUUID().toString().replace("-", "");
        db.sql("CREATE DATABASE " + database).update();
        String url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        Path second = temp.resolve("second.zip");
        System.setProperty("laufzettel.db.url", url);
        System.setProperty("laufzettel.db.user", "postgres");
        System.setProperty("LAUFZETTEL_DATA_DIR", temp.resolve("data").toString());
        try {
            assertThat(cli("import", "--file", first.toString())).isZero();
            assertThat(cli("export", "--organization", s.org().slug(), "--file", second.toString())).isZero();
        } finally {
            System.clearProperty("laufzettel.db.url");
            System.clearProperty("laufzettel.db.user");
            System.clearProperty("LAUFZETTEL_DATA_DIR");
        }

        Map<String, byte[]> before = OrganizationExportTest.unzip(Files.readAllBytes(first));
        Map<String, byte[]> after = OrganizationExportTest.unzip(Files.readAllBytes(second));
        assertThat(read(after.get("manifest.json")).get("files")).isEqualTo(read(before.get("manifest.json")).get("files"));
        assertThat(new String(after.get("tasks.json"), StandardCharsets.UTF_8)).contains("Präsentation 🎉 <b>fett</b>");
        assertThat(after.keySet()).anyMatch(p -> p.startsWith("attachments/"));
    }

    @Test
    void badArchivesAreRefusedWithAReasonAndWriteNothing() throws Exception {
        BoardWithTask s = boardWithTask("Prüfstadt", "Echte Aufgabe");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(s.org().slug(), out, step -> { });
        Map<String, byte[]> files = OrganizationExportTest.unzip(out.toByteArray());
        int organizations = count("organization");

        // The organisation exists here already.
        assertRefused(zip(files), "already exists");

        // From here on a fresh organisation: new ID and slug, else the same archive.
        String orgId = s.org().org().id().toString();
        Map<String, byte[]> fresh = replaceEverywhere(files, orgId, UUID.randomUUID().toString(), s.org().slug(), "neue-stadt");
        assertRefused(zip(TestArchives.withManifest(fresh, m -> m.put("format", "trello"))), "not a Laufzettel archive");
        assertRefused(zip(TestArchives.withManifest(fresh, m -> m.put("version", 99))), "version 99 is not supported");
        Map<String, byte[]> changed = new LinkedHashMap<>(fresh);
        changed.put("tasks.json", new String(fresh.get("tasks.json"), StandardCharsets.UTF_8)
                .replace("Echte Aufgabe", "Achte Aufgabe").getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(changed), "tasks.json does not match its SHA-256");
        Map<String, byte[]> truncated = new LinkedHashMap<>(fresh);
        truncated.put("tasks.json", java.util.Arrays.copyOf(fresh.get("tasks.json"), 40));
        assertRefused(zip(TestArchives.rehash(truncated)), "tasks.json is not valid JSON");
        Map<String, byte[]> dangling = new LinkedHashMap<>(fresh);
        dangling.put("comments.json", ("[\n{\"id\":\"" + UUID.randomUUID() + "\",\"projectId\":\"" + s.project()
                + "\",\"taskId\":\"" + UUID.randomUUID() + "\",\"authorId\":\"" + s.org().admin().id()
                + "\",\"body\":\"x\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"editedAt\":null}\n]\n").getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(TestArchives.rehash(dangling)), "comments.json refers to taskId");
        Map<String, byte[]> slip = new LinkedHashMap<>(fresh);
        slip.put("../../etc/evil", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(TestArchives.rehash(slip)), "unsafe path");
        assertRefused(zip(fresh, Map.of("unlisted.txt", "x".getBytes(StandardCharsets.UTF_8))),
                "which the manifest does not list");
        Path notZip = Files.createTempFile(temp, "kein", ".zip");
        Files.writeString(notZip, "Das ist kein Archiv");
        assertRefused(notZip, "not a ZIP archive");
        // A file claiming to be small but expanding far beyond: read only up to the manifest's size.
        Map<String, byte[]> bomb = new LinkedHashMap<>(TestArchives.rehash(fresh));
        Path bombArchive = zipWithManifest(bomb, Map.of("activity.json", new byte[50_000_000]));
        assertRefused(bombArchive, "activity.json is larger than the manifest says");

        assertThat(count("organization")).isEqualTo(organizations);
        assertThat(db.sql("SELECT count(*) FROM organization WHERE slug = 'neue-stadt'").query(Integer.class).single()).isZero();

        // And the unchanged fresh archive goes in.
        assertThat(importer.importArchive(zip(fresh), step -> { }).tasks()).isEqualTo(1);
        assertThat(db.sql("SELECT title FROM task t JOIN organization o ON o.id = t.organization_id WHERE o.slug = 'neue-stadt'")
                .query(String.class).list()).containsExactly("Echte Aufgabe");
    }

    private void assertRefused(Path archive, String reason) {
        assertThatThrownBy(() -> importer.importArchive(archive, step -> { }))
                .isInstanceOf(ImportRefused.class).hasMessageContaining(reason);
    }

    private int count(String table) {
        return db.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static int cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = de.laufzettel.CommandLineAccess.run(args, new java.io.PrintStream(new ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return code;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(byte[] bytes) {
        return JSON.readValue(bytes, Map.class);
    }

    private static Map<String, byte[]> replaceEverywhere(Map<String, byte[]> files, String... pairs) throws Exception {
        Map<String, byte[]> replaced = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (int i = 0; i < pairs.length; i += 2) {
                text = text.replace(pairs[i], pairs[i + 1]);
            }
            replaced.put(file.getKey(), text.getBytes(StandardCharsets.UTF_8));
        }
        return TestArchives.rehash(replaced);
    }

    @SafeVarargs
    private Path zip(Map<String, byte[]>... sets) throws IOException {
        return TestArchives.zip(temp, sets);
    }

    /** The archive as listed, but with some files' contents replaced after the manifest was made. */
    private Path zipWithManifest(Map<String, byte[]> files, Map<String, byte[]> swapped) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>(files);
        all.putAll(swapped);
        return zip(all);
    }
}
