package de.laufzettel.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the database: an external PostgreSQL when {@code LAUFZETTEL_DB_URL} is set, otherwise an
 * embedded PostgreSQL whose files live under {@code LAUFZETTEL_DATA_DIR}, so that one office can run
 * Laufzettel with nothing but a JDK and still keep its data across restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final String DATABASE_NAME = "laufzettel";

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgres embeddedPostgres(@Value("${laufzettel.data-dir}") Path dataDir) throws IOException {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(pgData);
        log.info("Starting embedded PostgreSQL with data in {}", pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // The library's defaults suit throw-away test databases (no fsync, asynchronous
                // commits). This one holds an office's data, so a commit must be on disk.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(Environment env, org.springframework.beans.factory.ObjectProvider<EmbeddedPostgres> embedded) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("laufzettel");
        ds.setMaximumPoolSize(env.getProperty("laufzettel.db.pool-size", Integer.class, 20));
        String url = env.getProperty("laufzettel.db.url");
        if (url != null && !url.isBlank()) {
            ds.setJdbcUrl(url);
            ds.setUsername(env.getProperty("laufzettel.db.user"));
            ds.setPassword(env.getProperty("laufzettel.db.password"));
        } else {
            EmbeddedPostgres postgres = embedded.getObject();
            ds.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE_NAME);
            ds.setUsername("postgres");
        }
        // Laufzettel's statements are prepared once per connection and run with different IDs. Left to
        // itself, PostgreSQL planned some of them anew on every run (opening a task: 1.2 ms of
        // planning for 0.1 ms of work) because a plan for the given IDs looked a little cheaper
        // than the general one. Every statement reads by organisation, project and ID through
        // indexes, so its best plan does not depend on the values; it is planned once and kept
        // (docs/decisions.md, "Plans").
        ds.setConnectionInitSql("SET plan_cache_mode = force_generic_plan");
        // Readiness must answer quickly while the database is away instead of waiting 30 s per probe.
        ds.setConnectionTimeout(5_000);
        ds.setInitializationFailTimeout(-1);
        return ds;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE_NAME + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the embedded database", e);
        }
    }
}
