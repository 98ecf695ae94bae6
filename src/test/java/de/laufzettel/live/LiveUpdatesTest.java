package de.laufzettel.live;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.LaufzettelApplication;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live updates across two Laufzettel nodes on one database: a change made through one node
 * reaches a browser subscribed on the other, through PostgreSQL NOTIFY/LISTEN.
 */
class LiveUpdatesTest extends AppTest {
    private static ConfigurableApplicationContext secondNode;

    @Autowired
    EmbeddedPostgres postgres;

    @BeforeAll
    static void noSecondNodeYet() {
        secondNode = null;
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private String secondNodeUrl() {
        if (secondNode == null) {
            secondNode = new SpringApplicationBuilder(LaufzettelApplication.class).run(
                    "--server.port=0",
                    "--laufzettel.data-dir=" + Path.of("target", "test-data", "second-node"),
                    "--laufzettel.db.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/laufzettel",
                    "--laufzettel.db.user=postgres",
                    "--laufzettel.db.pool-size=4");
        }
        return "http://localhost:" + ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    /** Reads a board's event stream the way a browser's EventSource does, event names into a queue. */
    private static BlockingQueue<String> subscribe(Web browser, String base, String boardPath) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newBuilder().cookieHandler(browser.cookies()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + boardPath + "/live"))
                .header("Accept", "text/event-stream").GET().build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            events.add("status:" + response.statusCode());
            try (Stream<String> lines = response.body()) {
                lines.filter(line -> line.startsWith("event:")).forEach(line -> events.add(line.substring(6).strip()));
            }
        });
        return events;
    }

    private static String boardOf(Web web, TestOrg org, String name) {
        String location = web.post("/" + org.slug() + "/projects", "name", name).location();
        return location.substring(location.indexOf("/" + org.slug()));
    }

    private UUID firstSection(String boardPath) {
        return db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                .param("p", UUID.fromString(boardPath.substring(boardPath.lastIndexOf('/') + 1)))
                .query(UUID.class).single();
    }

    @Test
    void aChangeOnOneNodeReachesASubscriberOnTheOther() throws Exception {
        TestOrg org = newOrganization("Livestadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String board = boardOf(anna, org, "Live-Board");
        String other = secondNodeUrl();
        Web annaOnSecondNode = anna.sameBrowserAt(other);
        BlockingQueue<String> events = subscribe(annaOnSecondNode, other, board);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("status:200");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("ready");

        anna.withHeader("HX-Request", "true").post(board + "/sections/" + firstSection(board) + "/tasks",
                "title", "Bürgerbeteiligung vorbereiten");
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("board-changed");

        // A refused change (a section of no such project) commits nothing and signals nothing.
        anna.post(board + "/tasks/1/position", "_method", "put", "section", UUID.randomUUID().toString());
        assertThat(events.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void subscribingIsCheckedLikeOpeningTheBoard() throws Exception {
        TestOrg org = newOrganization("Livegrenze");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String board = boardOf(anna, org, "Vertraulich");
        TestOrg other = newOrganization("Livefremd");
        Web mallory = web().login(other.admin().email(), PASSWORD);
        assertThat(subscribe(mallory, baseUrl(), board).poll(10, TimeUnit.SECONDS)).isEqualTo("status:404");
        String foreignPath = "/" + other.slug() + board.substring(board.indexOf("/projects"));
        assertThat(subscribe(mallory, baseUrl(), foreignPath).poll(10, TimeUnit.SECONDS)).isEqualTo("status:404");
        assertThat(subscribe(web(), baseUrl(), board).poll(10, TimeUnit.SECONDS)).isIn("status:302", "status:401");
    }
}
