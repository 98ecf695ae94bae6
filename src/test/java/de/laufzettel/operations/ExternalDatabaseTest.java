package de.laufzettel.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.LaufzettelApplication;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Laufzettel nodes on one external PostgreSQL, as an operator runs them behind a load
 * balancer: neither starts an embedded database, a session opened on one works on the other, and
 * readiness goes DOWN when the database goes away.
 */
class ExternalDatabaseTest {

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext node(EmbeddedPostgres postgres, Path dataDir) {
        return new SpringApplicationBuilder(LaufzettelApplication.class).run(
                "--server.port=0",
                "--laufzettel.data-dir=" + dataDir,
                "--laufzettel.db.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--laufzettel.db.user=postgres",
                "--laufzettel.db.password=unused",
                "--laufzettel.db.pool-size=4");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void twoNodesShareOneDatabaseAndReadinessFollowsIt() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("external")).start();
        Path dataDir = tmp.resolve("node-data");
        try (ConfigurableApplicationContext one = node(postgres, dataDir);
             ConfigurableApplicationContext two = node(postgres, dataDir)) {
            assertThat(one.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
            assertThat(Files.exists(dataDir.resolve("postgres"))).isFalse();

            Web onOne = Web.at(base(one));
            String slug = "zwei-knoten-" + UUID.randomUUID().toString().substring(0, 8);
            Web.Page signedUp = onOne.post("/signup", "organizationName", "Zwei Knoten", "slug", slug,
                    "name", "Olga Operator", "email", slug + "@land.example", "password", AppTest.PASSWORD);
            assertThat(signedUp.status()).isEqualTo(302);

            Web onTwo = onOne.sameBrowserAt(base(two));
            Web.Page projects = onTwo.get("/" + slug + "/projects");
            assertThat(projects.status()).isEqualTo(200);
            assertThat(projects.body()).contains("Olga Operator");

            // Probes come without cookies, like a load balancer's or Kubernetes' do.
            Web probe = Web.at(base(one));
            assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(200);
            postgres.close();
            assertThat(readinessWithin(probe, Duration.ofSeconds(30))).isEqualTo(503);
            assertThat(probe.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static int readinessWithin(Web web, Duration limit) {
        Instant end = Instant.now().plus(limit);
        int status = web.get("/actuator/health/readiness").status();
        while (status == 200 && Instant.now().isBefore(end)) {
            status = web.get("/actuator/health/readiness").status();
        }
        return status;
    }
}
