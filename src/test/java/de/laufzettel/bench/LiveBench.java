package de.laufzettel.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The live_update scenario: many browsers subscribed to one board; after each move the time from
 * the move's response until the "board-changed" event reaches each subscriber.
 *   LiveBench BASE_URL OUT_DIR SUBSCRIBERS MOVES
 */
public final class LiveBench {
    private LiveBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        int subscribers = Integer.parseInt(args[2]);
        int moves = Integer.parseInt(args[3]);
        List<String[]> sessions = Files.readAllLines(out.resolve("sessions.txt")).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split(" ")).toList();
        List<String> board = Files.readAllLines(out.resolve("board.txt")).stream().filter(l -> !l.isBlank()).toList();
        String boardPath = board.getFirst();
        List<String> sections = board.subList(1, board.size());

        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
        Semaphore arrived = new Semaphore(0);
        CountDownLatch ready = new CountDownLatch(subscribers);
        URI baseUri = URI.create(base);
        for (int i = 0; i < subscribers; i++) {
            String cookie = sessions.get(i % sessions.size())[0];
            // A plain socket per subscriber, read by a virtual thread: cheap enough for thousands.
            Thread.ofVirtual().start(() -> {
                try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
                    socket.getOutputStream().write(("GET " + boardPath + "/live HTTP/1.1\r\nHost: " + baseUri.getHost()
                            + "\r\nCookie: " + cookie + "\r\nAccept: text/event-stream\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    BufferedReader reader = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (line.equals("event:ready")) {
                            ready.countDown();
                        } else if (line.equals("event:board-changed")) {
                            arrivals.add(System.nanoTime());
                            arrived.release();
                        }
                    }
                } catch (java.io.IOException gone) {
                    // the server ended the stream
                }
            });
        }
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("only " + (subscribers - ready.getCount()) + " subscribers connected");
        }

        Random random = new Random(7);
        List<Double> latencies = new ArrayList<>();
        int missed = 0;
        long started = System.nanoTime();
        for (int m = 0; m < moves; m++) {
            arrivals.clear();
            arrived.drainPermits();
            String[] session = sessions.get(m % sessions.size());
            HttpRequest move = HttpRequest.newBuilder(URI.create(base + boardPath + "/tasks/" + (1 + random.nextInt(1000))
                            + "/position"))
                    .header("Cookie", session[0]).header("X-CSRF-TOKEN", session[1]).header("X-Requested-With", "fetch")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .PUT(HttpRequest.BodyPublishers.ofString("section=" + sections.get(random.nextInt(sections.size()))
                            + "&position=" + (1 + random.nextInt(100))))
                    .build();
            HttpResponse<Void> response = client.send(move, HttpResponse.BodyHandlers.discarding());
            long answered = System.nanoTime();
            if (response.statusCode() != 200) {
                missed += subscribers;
                continue;
            }
            // Wait until every subscriber has its event, or five seconds at most.
            arrived.tryAcquire(subscribers, 5, TimeUnit.SECONDS);
            List<Long> got = new ArrayList<>(arrivals);
            missed += Math.max(0, subscribers - got.size());
            got.forEach(t -> latencies.add(Math.max(0, t - answered) / 1e6));
            // Space the moves out, so that each subscriber's event belongs to exactly one move.
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(latencies);
        double p50 = latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2);
        double p99 = latencies.isEmpty() ? 0 : latencies.get(Math.min(latencies.size() - 1, (int) (latencies.size() * 0.99)));
        String json = String.format(java.util.Locale.ROOT,
                "{\"name\":\"live_update\",\"concurrency\":%d,\"duration_s\":%.1f,\"requests\":%d,\"errors\":%d,"
                        + "\"throughput_rps\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f}%n",
                subscribers, seconds, latencies.size(), missed, latencies.size() / seconds, p50, p99);
        Files.writeString(out.resolve("live_update.json"), json);
        System.out.print(json);
        System.exit(0);
    }
}
