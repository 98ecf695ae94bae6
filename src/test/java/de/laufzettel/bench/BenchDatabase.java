package de.laufzettel.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The benchmark's database: a fresh PostgreSQL (the same embedded server Laufzettel uses) on a
 * fixed port, and the seed that fills it. Not part of Laufzettel itself; {@code bench/run} calls it.
 */
public final class BenchDatabase {
    /** The password of every benchmark account. */
    static final String PASSWORD = "bench-password-1";

    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "start" -> start(Integer.parseInt(args[1]), Path.of(args[2]));
            case "seed" -> seed(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "sessions" -> sessions(args[1], args[2], Path.of(args[3]));
            case "statements" -> statements(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("start PORT DIR | seed JDBC_URL TASKS SQL_FILE");
        }
    }

    /** Starts PostgreSQL and keeps it running until this process is killed. */
    private static void start(int port, Path dir) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir)
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200").setServerConfig("shared_buffers", "256MB")
                // Which statements cost the time: written to statements.txt at the end of a run.
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (java.io.IOException e) {
                // the process ends anyway
            }
        }));
        System.out.println("bench database ready on port " + postgres.getPort());
        Thread.currentThread().join();
    }

    /**
     * Signs in the 16 benchmark people through the login form and writes, for the load scripts,
     * their session cookies and CSRF tokens, the board's path and its section IDs.
     */
    private static void sessions(String url, String base, Path out) throws Exception {
        String board;
        java.util.List<String> sections = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT p.id FROM project p JOIN organization o ON o.id = p.organization_id "
                    + "WHERE o.slug = 'bench'");
            rs.next();
            board = "/bench/projects/" + rs.getString(1);
            var sec = s.executeQuery("SELECT s.id FROM section s JOIN organization o ON o.id = s.organization_id "
                    + "WHERE o.slug = 'bench' ORDER BY s.rank");
            while (sec.next()) {
                sections.add(sec.getString(1));
            }
        }
        StringBuilder lines = new StringBuilder();
        StringBuilder apiTokens = new StringBuilder();
        var csrf = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
        for (int i = 1; i <= 16; i++) {
            var cookies = new java.net.CookieManager();
            var client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
            String page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var m = csrf.matcher(page);
            m.find();
            String form = "_csrf=" + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8)
                    + "&email=" + String.format("bench%02d%%40bench.example", i) + "&password=" + PASSWORD;
            client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            String boardPage = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + board)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var token = csrf.matcher(boardPage);
            if (!token.find()) {
                throw new IllegalStateException("bench person " + i + " could not open the board");
            }
            String session = cookies.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("SESSION"))
                    .findFirst().orElseThrow().getValue();
            lines.append("SESSION=").append(session).append(' ').append(token.group(1)).append('\n');
            // And a personal access token of the same person for the API's scenarios.
            String made = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/bench/tokens"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf="
                            + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)
                            + "&name=Lasttest&scope=read&scope=write")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var apiToken = java.util.regex.Pattern.compile("value=\"(lzt_[A-Za-z0-9_-]{43})\"").matcher(made);
            if (!apiToken.find()) {
                throw new IllegalStateException("bench person " + i + " could not make an API token");
            }
            apiTokens.append(apiToken.group(1)).append('\n');
        }
        Files.writeString(out.resolve("tokens.txt"), apiTokens);
        Files.writeString(out.resolve("sessions.txt"), lines);
        Files.writeString(out.resolve("board.txt"), board + "\n" + String.join("\n", sections) + "\n");
        System.out.println("16 people signed in; board " + board);
    }

    /**
     * Writes the statements that took the most database time during the run, each with its
     * slowest run: a maximum a hundred times the mean, with every buffer in memory, is time spent
     * waiting for a core, not work (docs/decisions.md, "Benchmark").
     */
    private static void statements(String url, Path out) throws Exception {
        StringBuilder report = new StringBuilder(String.format("%10s %12s %10s %10s  %s%n", "calls", "total ms", "mean ms",
                "max ms", "statement"));
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT calls, total_exec_time, mean_exec_time, max_exec_time, "
                     + "left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements "
                     + "ORDER BY total_exec_time DESC LIMIT 25")) {
            while (rs.next()) {
                report.append(String.format(java.util.Locale.ROOT, "%10d %12.1f %10.3f %10.1f  %s%n", rs.getLong(1),
                        rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5)));
            }
        }
        Files.writeString(out.resolve("statements.txt"), report);
    }

    /** Runs the seed script with {@code :tasks} replaced. */
    private static void seed(String url, int tasks, Path sql) throws Exception {
        String hash = org.springframework.security.crypto.argon2.Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()
                .encode(PASSWORD);
        String script = Files.readString(sql).replace(":tasks", Integer.toString(tasks)).replace(":hash", hash);
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            long start = System.nanoTime();
            s.execute(script);
            // The triggers that keep the cards' figures left a dead row version per child row
            // written; autovacuum would clear them within minutes, the benchmark does it now.
            s.execute("VACUUM ANALYZE");
            // Seeding writes a gigabyte; without this, PostgreSQL writes it back in a checkpoint spread
            // over the next minutes, that is during the first scenarios, and measures the seed's I/O.
            s.execute("CHECKPOINT");
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
            System.out.printf("seeded %d tasks in %.1f s%n", tasks, (System.nanoTime() - start) / 1e9);
            // What the search and agenda scenarios stand on, as the issue describes them.
            var facts = s.executeQuery("""
                    SELECT (SELECT count(*) FROM task), (SELECT count(*) FROM organization),
                           (SELECT count(*) FROM project p JOIN membership m ON m.organization_id = p.organization_id
                            LEFT JOIN project_member pm ON pm.organization_id = p.organization_id
                                 AND pm.project_id = p.id AND pm.user_id = m.user_id
                            JOIN app_user u ON u.id = m.user_id
                            WHERE u.email = 'bench02@bench.example' AND (m.role = 'admin' OR pm.user_id IS NOT NULL)),
                           mine.*
                    FROM (SELECT count(*) FILTER (WHERE t.completed_at IS NULL),
                                 count(DISTINCT t.project_id) FILTER (WHERE t.completed_at IS NULL),
                                 count(*) FILTER (WHERE t.completed_at IS NOT NULL),
                                 count(*) FILTER (WHERE t.completed_at > now() - interval '14 days')
                          FROM task t JOIN app_user u ON u.id = t.assignee_id
                          WHERE u.email = 'bench02@bench.example') mine
                    """);
            facts.next();
            System.out.printf("%d tasks in %d organisations; a benchmark person sees %d projects and has %d open tasks"
                    + " assigned in %d projects, and %d completed (%d in the last 14 days)%n", facts.getLong(1),
                    facts.getLong(2), facts.getLong(3), facts.getLong(4), facts.getLong(5), facts.getLong(6),
                    facts.getLong(7));
        }
    }
}
