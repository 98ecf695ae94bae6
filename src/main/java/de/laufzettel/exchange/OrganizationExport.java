package de.laufzettel.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an organisation as one ZIP archive in Laufzettel's open format (docs/export-format.md):
 * JSON files of its data, a CSV of each project's tasks for spreadsheets, every attachment's bytes
 * and a manifest with the SHA-256 and size of each file. Read in one snapshot (repeatable read), so
 * the archive is consistent while people keep working. Nothing in the files depends on the time of
 * the export except {@code exportedAt} in the manifest: exporting the same data twice gives the
 * same {@code files} list.
 */
@Component
public class OrganizationExport {
    static final String FORMAT = "laufzettel";
    /** How often an export calls its progress callback: each JSON file, the CSVs, the attachments. */
    public static final int STEPS = ArchiveFile.ALL.size() + 2;
    static final int VERSION = 1;
    /** Zip entries carry this time, so that the archive's bytes depend on the data alone. */
    private static final long ENTRY_TIME = 315_532_800_000L; // 1980-01-01, the earliest a ZIP can hold

    private final NamedParameterJdbcTemplate db;
    private final TransactionTemplate snapshot;
    private final JsonMapper json;
    private final de.laufzettel.attachment.FileStore files;
    private final Clock clock = Clock.systemUTC();

    OrganizationExport(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json,
            de.laufzettel.attachment.FileStore files) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(1_000); // rows stream from PostgreSQL instead of all at once
        this.db = new NamedParameterJdbcTemplate(jdbc);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.json = json;
        this.files = files;
    }

    /** What an export wrote. */
    public record Summary(String organization, int files, long tasks, long bytes) {
    }

    /** Writes the organisation with this slug to {@code out}; empty when there is no such organisation. */
    public java.util.Optional<Summary> export(String slug, OutputStream out, Consumer<String> progress) {
        return export(slug, null, out, progress);
    }

    /**
     * Writes one project of the organisation as a project archive: the same files, with the
     * project's rows, the people who appear in it and no one's agenda, and the project named in
     * the manifest. Empty when the organisation has no such project.
     */
    public java.util.Optional<Summary> exportProject(String slug, UUID project, OutputStream out,
            Consumer<String> progress) {
        return export(slug, project, out, progress);
    }

    private java.util.Optional<Summary> export(String slug, UUID project, OutputStream out, Consumer<String> progress) {
        return snapshot.execute(status -> {
            db.getJdbcTemplate().execute("SET LOCAL TIME ZONE 'UTC'");
            // An export runs each statement once over many rows; a plan made for the values at
            // hand (one project of an organisation) beats the general one kept for requests.
            db.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = auto");
            List<Map<String, Object>> found = db.queryForList(
                    "SELECT id, slug, name, to_json(created_at) #>> '{}' AS created_at,"
                            + " (SELECT last_number FROM task_sequence WHERE organization_id = o.id) AS last_number"
                            + " FROM organization o WHERE slug = :slug", Map.of("slug", slug));
            if (found.isEmpty()) {
                return java.util.Optional.<Summary>empty();
            }
            Map<String, Object> about = null;
            if (project != null) {
                List<Map<String, Object>> projects = db.queryForList(
                        "SELECT id, name FROM project WHERE organization_id = :org AND id = :project",
                        Map.of("org", found.getFirst().get("id"), "project", project));
                if (projects.isEmpty()) {
                    return java.util.Optional.<Summary>empty();
                }
                about = new LinkedHashMap<>();
                about.put("id", project.toString());
                about.put("name", projects.getFirst().get("name"));
            }
            try {
                return java.util.Optional.of(write(found.getFirst(), about, out, progress));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Summary write(Map<String, Object> org, Map<String, Object> project, OutputStream out,
            Consumer<String> progress) throws IOException {
        UUID orgId = (UUID) org.get("id");
        org.springframework.jdbc.core.namedparam.MapSqlParameterSource params =
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("org", orgId)
                        .addValue("project", project == null ? null : UUID.fromString((String) project.get("id")),
                                java.sql.Types.OTHER);
        List<Map<String, Object>> files = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);

        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", orgId.toString());
        organization.put("slug", org.get("slug"));
        organization.put("name", org.get("name"));
        organization.put("createdAt", org.get("created_at"));
        organization.put("lastTaskNumber", org.get("last_number") == null ? 0 : org.get("last_number"));
        files.add(entry(zip, "organization.json", o -> o.write(pretty(organization))));

        long tasks = 0;
        for (ArchiveFile file : ArchiveFile.ALL) {
            progress.accept(file.path());
            long[] rows = {0};
            files.add(entry(zip, file.path(), o -> {
                o.write("[".getBytes(StandardCharsets.UTF_8));
                db.query(file.rows(), params, rs -> {
                    try {
                        o.write((rows[0]++ == 0 ? "\n" : ",\n").getBytes(StandardCharsets.UTF_8));
                        o.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                o.write((rows[0] == 0 ? "]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
            }));
            if (file.path().equals("tasks.json")) {
                tasks = rows[0];
            }
        }

        progress.accept("projects/*/tasks.csv");
        for (UUID each : db.queryForList("SELECT id FROM project WHERE organization_id = :org AND (CAST(:project AS uuid)"
                + " IS NULL OR id = :project) ORDER BY id", params, UUID.class)) {
            files.add(entry(zip, "projects/" + each + "/tasks.csv", o -> TaskCsv.write(db, orgId, each, o)));
        }

        progress.accept("attachments");
        for (UUID attachment : db.queryForList("SELECT id FROM attachment WHERE organization_id = :org AND (CAST(:project AS uuid) IS NULL"
                + " OR project_id = :project) ORDER BY id",
                params, UUID.class)) {
            Path source = this.files.path(orgId, attachment);
            files.add(entry(zip, "attachments/" + attachment, o -> {
                try (InputStream in = Files.newInputStream(source)) {
                    in.transferTo(o);
                }
            }));
        }

        files.sort(java.util.Comparator.comparing(f -> (String) f.get("path")));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("exportedAt", clock.instant().toString());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", orgId.toString());
        about.put("slug", org.get("slug"));
        about.put("name", org.get("name"));
        manifest.put("organization", about);
        if (project != null) {
            manifest.put("project", project);
        }
        manifest.put("files", files);
        long bytes = files.stream().mapToLong(f -> (Long) f.get("bytes")).sum();
        entry(zip, "manifest.json", o -> o.write(pretty(manifest)));
        zip.finish();
        return new Summary((String) org.get("slug"), files.size(), tasks, bytes);
    }

    private byte[] pretty(Object value) {
        return (json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes one entry and returns its manifest line: path, SHA-256, size. */
    private static Map<String, Object> entry(ZipOutputStream zip, String path, Body body) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        Hashed out = new Hashed(zip);
        body.write(out);
        zip.closeEntry();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", path);
        line.put("sha256", HexFormat.of().formatHex(out.sha256.digest()));
        line.put("bytes", out.count);
        return line;
    }

    /** Passes bytes on to the archive, counting and hashing them. */
    private static final class Hashed extends OutputStream {
        private final OutputStream target;
        private final MessageDigest sha256;
        private long count;

        Hashed(OutputStream target) {
            this.target = target;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            sha256.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            sha256.update(b, off, len);
            count += len;
        }
    }
}
