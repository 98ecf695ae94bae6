package de.laufzettel.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A webhook receiver for tests: a real HTTP server on 127.0.0.1 that records every request to its
 * own path (other tests' retries may reach a reused port) and answers with the status codes it is
 * told, 200 once they run out. It can hold its first answer back until released.
 */
final class Receiver implements AutoCloseable {
    record Request(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final String path = "/hooks/" + UUID.randomUUID();
    private final ConcurrentLinkedQueue<Request> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile CountDownLatch hold;
    private final CountDownLatch held = new CountDownLatch(1);
    private volatile String location;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!exchange.getRequestURI().getPath().startsWith(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            received.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            CountDownLatch wait = hold;
            if (wait != null) {
                hold = null;
                held.countDown();
                try {
                    wait.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = answers.poll();
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The address to register as the webhook's target. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests with these status codes. */
    Receiver answering(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
        return this;
    }

    /** Sends this Location header with every answer. */
    Receiver redirectingTo(String target) {
        location = target;
        return this;
    }

    /** Holds back the answer to the next request until the returned latch is counted down. */
    CountDownLatch holdNext() {
        CountDownLatch release = new CountDownLatch(1);
        hold = release;
        return release;
    }

    /** Waits until a held request has arrived. */
    boolean awaitHeld(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Request> received() {
        return new ArrayList<>(received);
    }

    /** Waits until at least {@code count} requests matching {@code which} arrived; returns all requests so far. */
    List<Request> await(int count, Predicate<Request> which, Duration timeout) {
        org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .alias("expected " + count + " requests")
                .until(() -> received.stream().filter(which).count() >= count);
        return received();
    }

    List<Request> await(int count, Duration timeout) {
        return await(count, r -> true, timeout);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
