package de.laufzettel.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery over HTTP: the target is checked again first (its DNS may have changed since
 * it was saved), redirects are not followed (a 3xx could point anywhere, so it counts as a failure),
 * the waits are bounded, and at most a few KB of the answer are read.
 */
@Component
class Sender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int ANSWER_READ = 4096;
    private static final int ERROR_MAX = 300;

    private final WebhookTargets targets;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT).build();

    Sender(WebhookTargets targets) {
        this.targets = targets;
    }

    Deliveries.Outcome send(Deliveries.Claimed delivery, long timestamp) {
        long started = System.nanoTime();
        var refusal = targets.refusal(delivery.url());
        if (refusal.isPresent()) {
            return new Deliveries.Outcome(false, null, 0, refusal.get());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Laufzettel-Webhook/1")
                .header("Laufzettel-Webhook-Id", delivery.eventId().toString())
                .header("Laufzettel-Webhook-Event", delivery.event())
                .header("Laufzettel-Webhook-Timestamp", Long.toString(timestamp))
                .header("Laufzettel-Webhook-Signature", Signature.of(delivery.secret(), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream body = response.body()) {
                answer = new String(body.readNBytes(ANSWER_READ), StandardCharsets.UTF_8);
            }
            int code = response.statusCode();
            long ms = millisSince(started);
            if (code / 100 == 2) {
                return new Deliveries.Outcome(true, code, ms, null);
            }
            String error = code / 100 == 3
                    ? "redirect not followed: " + response.headers().firstValue("Location").orElse("")
                    : "HTTP " + code + (answer.isBlank() ? "" : ": " + answer.strip());
            return new Deliveries.Outcome(false, code, ms, shorten(error));
        } catch (HttpConnectTimeoutException e) {
            return new Deliveries.Outcome(false, null, millisSince(started), "connect timeout");
        } catch (HttpTimeoutException e) {
            return new Deliveries.Outcome(false, null, millisSince(started), "timeout");
        } catch (ConnectException e) {
            return new Deliveries.Outcome(false, null, millisSince(started), "connection refused");
        } catch (IOException | IllegalArgumentException e) {
            return new Deliveries.Outcome(false, null, millisSince(started),
                    shorten(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Deliveries.Outcome(false, null, millisSince(started), "interrupted");
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= ERROR_MAX ? line : line.substring(0, ERROR_MAX - 1) + "…";
    }
}
