package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A project admin registers a webhook and sends a test event in a real browser; axe-clean. */
class WebhooksBrowserTest extends BrowserTest {

    @Test
    void aProjectAdminRegistersAWebhookAndSeesTheTestEventInTheLog() throws Exception {
        CountDownLatch pinged = new CountDownLatch(1);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            pinged.countDown();
        });
        receiver.start();
        try {
            BoardWithTask board = boardWithTask("Webhookbrowserstadt", "Erste Aufgabe");
            Page page = newPage();
            signIn(page, board.org().admin().email(), PASSWORD);
            page.navigate(board.board() + "/edit");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks verwalten")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Webhooks");
            assertAccessible(page);

            // A refused address answers 422, which the browser reports in its console; WebhooksTest covers it.
            page.getByLabel("Aufgabe angelegt").check();
            page.getByLabel("Adresse (URL)").fill("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Webhook anlegen")).click();
            String secret = page.getByLabel("Geheimnis zum Prüfen der Signatur").inputValue();
            assertThat(secret).matches("lzwh_[A-Za-z0-9_-]{43}");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Testereignis senden")).click();
            assertThat(page.locator("main").textContent()).contains("Testereignis wurde eingereiht")
                    .doesNotContain(secret);
            assertThat(pinged.await(20, TimeUnit.SECONDS)).isTrue();
            // The worker records the answer just after the receiver has it.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> db.sql("""
                    SELECT count(*) FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                    WHERE w.project_id = :p AND d.state = 'delivered'
                    """).param("p", board.project()).query(Integer.class).single() == 1);
            page.reload();
            assertThat(page.locator("table").textContent()).contains("ping").contains("zugestellt").contains("204");
            assertAccessible(page);
        } finally {
            receiver.stop(0);
        }
    }
}
