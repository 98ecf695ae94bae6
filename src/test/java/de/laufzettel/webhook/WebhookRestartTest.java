package de.laufzettel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.LaufzettelApplication;
import de.laufzettel.support.AppTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that is stopped while it delivers an event finishes that delivery and records it, so
 * the node that takes over does not send it again; the events queued meanwhile are sent once each.
 */
class WebhookRestartTest extends AppTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    DeliveryWorker worker;

    @Test
    void anEventInFlightWhenItsNodeStopsIsSentExactlyOnceAcrossTheRestart() throws Exception {
        // The nodes started here do the sending, not the test's own.
        worker.stop();
        try (Receiver receiver = new Receiver()) {
            BoardWithTask board = boardWithTask("Neustartstadt", "Vorher");
            UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                    .param("p", board.project()).query(UUID.class).single();
            assertThat(board.web().post(board.board() + "/webhooks", "url", receiver.url(), "event", "task.created")
                    .status()).isEqualTo(200);
            CountDownLatch release = receiver.holdNext();
            ConfigurableApplicationContext first = node("first");
            newTask(board, section, "Eins");
            assertThat(receiver.awaitHeld(PATIENCE)).as("the first node is sending").isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::close);
            // The receiver holds the request, so the stop cannot finish: it must still wait after a while.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> stopping.get(700, TimeUnit.MILLISECONDS))
                    .as("the node waits for its delivery in flight")
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            newTask(board, section, "Zwei");
            newTask(board, section, "Drei");
            release.countDown();
            stopping.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(states(board.project())).containsExactly("delivered", "pending", "pending");

            ConfigurableApplicationContext second = node("second");
            try {
                // Recorded as delivered only after the receiver answered: every request has arrived by then.
                awaitAllDelivered(board.project());
            } finally {
                second.close();
            }
            List<Receiver.Request> requests = receiver.received();
            List<String> titles = requests.stream()
                    .map(r -> (String) map(WebhooksTest.json(r.body()), "task").get("title")).toList();
            // Order is promised per task; these are three tasks, so only "Eins" (sent before the stop) is first.
            assertThat(titles).first().isEqualTo("Eins");
            assertThat(titles).containsExactlyInAnyOrder("Eins", "Zwei", "Drei");
            assertThat(requests).extracting(r -> r.header("Laufzettel-Webhook-Id")).doesNotHaveDuplicates();
        } finally {
            worker.start();
        }
    }

    private ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(LaufzettelApplication.class).run(
                "--server.port=0",
                "--laufzettel.data-dir=" + Path.of("target", "test-data", "webhook-" + name + "-" + UUID.randomUUID()),
                "--laufzettel.db.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/laufzettel",
                "--laufzettel.db.user=postgres",
                "--laufzettel.db.pool-size=4",
                "--laufzettel.webhook.allowed-hosts=127.0.0.1",
                "--laufzettel.webhook.poll=200ms",
                "--laufzettel.webhook.retry-base=200ms");
    }

    private void newTask(BoardWithTask board, UUID section, String title) {
        board.web().withHeader("HX-Request", "true").post(board.board() + "/sections/" + section + "/tasks", "title", title);
    }

    private List<String> states(UUID project) {
        return db.sql("""
                SELECT d.state FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                WHERE w.project_id = :p ORDER BY d.seq
                """).param("p", project).query(String.class).list();
    }

    private void awaitAllDelivered(UUID project) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).alias("all delivered")
                .until(() -> states(project).stream().allMatch("delivered"::equals));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> map(java.util.Map<String, Object> parent, String key) {
        return (java.util.Map<String, Object>) parent.get(key);
    }
}
