package de.laufzettel;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export command, as an operator or cron runs it: against the same database as the server
 * (here the tests' PostgreSQL, as an external database), without a web server.
 */
class CommandLineTest extends AppTest {
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void exportWritesTheArchiveAndFailsWithOneClearLine() throws Exception {
        BoardWithTask s = boardWithTask("Kommandostadt", "Per Kommandozeile sichern");
        Path target = temp.resolve("kommandostadt.zip");
        String url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
        String[] properties = {"laufzettel.db.url", "laufzettel.db.user"};
        System.setProperty(properties[0], url);
        System.setProperty(properties[1], "postgres");
        try {
            Result ok = run("export", "--organization", s.org().slug(), "--file", target.toString());
            assertThat(ok.code()).isZero();
            assertThat(ok.out()).startsWith("Exported " + s.org().slug() + ": 1 tasks");
            try (ZipFile zip = new ZipFile(target.toFile())) {
                assertThat(zip.getEntry("manifest.json")).isNotNull();
                assertThat(new String(zip.getInputStream(zip.getEntry("tasks.json")).readAllBytes(), StandardCharsets.UTF_8))
                        .contains("Per Kommandozeile sichern");
            }

            Path missing = target.resolveSibling("fehlt.zip");
            Result unknown = run("export", "--organization", "gibt-es-nicht", "--file", missing.toString());
            assertThat(unknown.code()).isEqualTo(1);
            assertThat(unknown.err().strip()).endsWith("There is no organisation 'gibt-es-nicht'.");
            assertThat(missing).doesNotExist();
            assertThat(missing.resolveSibling("fehlt.zip.part")).doesNotExist();
        } finally {
            System.clearProperty(properties[0]);
            System.clearProperty(properties[1]);
        }

        Result usage = run("export", "--organization");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).startsWith("usage: java -jar laufzettel.jar export");
    }

    @Test
    void aProjectIsExportedAndImportedIntoAnotherOrganisation() throws Exception {
        BoardWithTask s = boardWithTask("Kommandoprojektstadt", "Zieht per Kommandozeile um");
        TestOrg target = newOrganization("Kommandoprojektziel");
        Path archive = temp.resolve("projekt.zip");
        System.setProperty("laufzettel.db.url", ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl());
        System.setProperty("laufzettel.db.user", "postgres");
        System.setProperty("LAUFZETTEL_DATA_DIR", temp.resolve("data").toString());
        try {
            Result exported = run("export", "--organization", s.org().slug(), "--project", s.project().toString(),
                    "--file", archive.toString());
            assertThat(exported.code()).as(exported.err()).isZero();
            assertThat(exported.out()).startsWith("Exported " + s.org().slug() + ": 1 tasks");

            Result imported = run("import", "--file", archive.toString(), "--organization", target.slug());
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.out()).startsWith("Imported the project \"Website-Relaunch\" into " + target.slug());
            assertThat(imported.err()).contains("added as a deactivated member: " + s.org().admin().email());
            assertThat(db.sql("SELECT t.title FROM task t WHERE t.organization_id = :o").param("o", target.org().id())
                    .query(String.class).list()).containsExactly("Zieht per Kommandozeile um");

            Result noProject = run("export", "--organization", s.org().slug(), "--project",
                    java.util.UUID.randomUUID().toString(), "--file", temp.resolve("leer.zip").toString());
            assertThat(noProject.code()).isEqualTo(1);
            assertThat(noProject.err().strip()).contains("has no project").doesNotContain("\n");
            Result wholeAsProject = run("import", "--file", archive.toString());
            assertThat(wholeAsProject.code()).isEqualTo(1);
            // After the progress lines, one line says why.
            assertThat(wholeAsProject.err().strip().lines().toList().getLast())
                    .startsWith("Import refused, nothing was written: This archive holds one project");
        } finally {
            System.clearProperty("laufzettel.db.url");
            System.clearProperty("laufzettel.db.user");
            System.clearProperty("LAUFZETTEL_DATA_DIR");
        }
    }

    @Test
    void withTheEmbeddedDatabaseARunningServerIsRefused() throws Exception {
        Files.createDirectories(temp.resolve("postgres"));
        // A lock file naming a live process, as a running server's PostgreSQL leaves it.
        Files.writeString(temp.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n" + temp + "\n");
        System.setProperty("LAUFZETTEL_DATA_DIR", temp.toString());
        try {
            Result busy = run("export", "--organization", "egal", "--file", temp.resolve("x.zip").toString());
            assertThat(busy.code()).isEqualTo(1);
            assertThat(busy.err().strip()).startsWith("Laufzettel is running on the data directory")
                    .doesNotContain("\n");
        } finally {
            System.clearProperty("LAUFZETTEL_DATA_DIR");
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
