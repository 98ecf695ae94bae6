package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The organisation archive: complete, checked by its manifest, the same twice, and nothing of others. */
class OrganizationExportTest extends AppTest {
    @Autowired
    OrganizationExport export;
    @Autowired
    JsonMapper json;

    @Test
    void anArchiveHoldsTheOrganisationVerifiablyAndTheSameTwice() throws Exception {
        BoardWithTask s = boardWithTask("Exportstadt", "=HYPERLINK(\"http://x\") Präsentation 🎉");
        s.web().post(s.board() + "/tags", "name", "Design", "colour", "purple");
        s.web().post(s.task() + "/checklists", "title", "Schritte");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/checklists/" + list + "/items", "text", "Gliederung, \"mit\" Komma");
        s.web().post(s.task() + "/comments", "body", "Bitte **prüfen**");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
        s.web().upload(s.task() + "/attachments", "plan.png", "image/png", png);
        BoardWithTask other = boardWithTask("Exportfremd", "Kanarienvogel-Aufgabe");

        Map<String, byte[]> first = unzip(exportOf(s.org().slug()));
        Map<String, Object> manifest = read(first.get("manifest.json"));
        assertThat(manifest).containsEntry("format", "laufzettel").containsEntry("version", 1).containsKey("exportedAt");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) manifest.get("files");
        List<String> paths = files.stream().map(f -> (String) f.get("path")).toList();
        assertThat(paths).isSorted().contains("organization.json", "members.json", "projects.json", "sections.json",
                "tasks.json", "tags.json", "checklists.json", "comments.json", "activity.json", "attachments.json",
                "agenda-sections.json", "agenda-entries.json", "projects/" + s.project() + "/tasks.csv");
        // Every file but the manifest is listed, with its true hash and size.
        assertThat(new ArrayList<>(first.keySet())).containsExactlyInAnyOrderElementsOf(
                concat(paths, "manifest.json"));
        for (Map<String, Object> file : files) {
            byte[] bytes = first.get((String) file.get("path"));
            assertThat(((Number) file.get("bytes")).longValue()).isEqualTo(bytes.length);
            assertThat(file.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }

        String tasks = new String(first.get("tasks.json"), StandardCharsets.UTF_8);
        assertThat(tasks).contains("=HYPERLINK(\\\"http://x\\\") Präsentation 🎉");
        assertThat(read(first.get("organization.json"))).containsEntry("slug", s.org().slug()).containsEntry("lastTaskNumber", 1);
        String attachment = paths.stream().filter(p -> p.startsWith("attachments/")).findFirst().orElseThrow();
        assertThat(first.get(attachment)).isEqualTo(png);
        assertThat(new String(first.get("checklists.json"), StandardCharsets.UTF_8)).contains("Gliederung, \\\"mit\\\" Komma");
        // The spreadsheet shows formulas as text and keeps Unicode.
        String csv = new String(first.get("projects/" + s.project() + "/tasks.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnumber,title,section,status").contains("1,\"'=HYPERLINK(\"\"http://x\"\") Präsentation 🎉\"");

        // Nothing of another organisation, anywhere.
        for (Map.Entry<String, byte[]> file : first.entrySet()) {
            assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey())
                    .doesNotContain("Kanarienvogel").doesNotContain(other.org().org().id().toString());
        }

        // The same data exported again: the same files, byte for byte; only exportedAt may differ.
        Map<String, byte[]> second = unzip(exportOf(s.org().slug()));
        assertThat(read(second.get("manifest.json")).get("files")).isEqualTo(files);

        assertThat(export.export("gibt-es-nicht", new ByteArrayOutputStream(), step -> { })).isEmpty();

        // Each JSON file is as docs/export-format describes it.
        assertMatchesSchemas(first);
    }

    /** Every JSON file of the archive, the manifest included, is valid by its schema in docs/export-format. */
    static void assertMatchesSchemas(Map<String, byte[]> files) throws java.io.IOException {
        var schemas = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(files).containsKey("manifest.json");
        for (String path : files.keySet()) {
            if (!path.endsWith(".json")) {
                continue;
            }
            java.nio.file.Path schemaFile = java.nio.file.Path.of("docs/export-format", path.replace(".json", ".schema.json"));
            assertThat(schemaFile).as("schema for " + path).exists();
            var schema = schemas.getSchema(java.nio.file.Files.readString(schemaFile));
            assertThat(schema.validate(mapper.readTree(files.get(path)))).as(path).isEmpty();
        }
    }

    private byte[] exportOf(String slug) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.export(slug, out, step -> { })).isPresent();
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(byte[] bytes) {
        return json.readValue(bytes, Map.class);
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
