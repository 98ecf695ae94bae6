package de.laufzettel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks end to end: registered through the project's page, delivered to a real HTTP receiver. */
class WebhooksTest extends AppTest {
    private static final Pattern SECRET = Pattern.compile("id=\"webhook-secret\" type=\"text\" readonly value=\"([^\"]+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aSignedEventReachesTheReceiverAndItsSignatureVerifies() throws Exception {
        try (Receiver receiver = new Receiver()) {
            BoardWithTask board = boardWithTask("Signaturstadt", "Vor dem Webhook angelegt");
            String secret = register(board, receiver.url(), "task.created");
            assertThat(secret).startsWith("lzwh_");

            newTask(board, "Bauantrag prüfen");
            Receiver.Request request = receiver.await(1, PATIENCE).getFirst();

            String timestamp = request.header("Laufzettel-Webhook-Timestamp");
            assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            assertThat(request.header("Laufzettel-Webhook-Signature")).isEqualTo(hmac(secret, timestamp, request.body()));
            assertThat(request.header("Laufzettel-Webhook-Signature"))
                    .isNotEqualTo(hmac(secret, timestamp, request.body().replace("prüfen", "prufen")));
            assertThat(request.header("Content-Type")).startsWith("application/json");
            UUID activity = db.sql("""
                    SELECT a.id FROM activity a JOIN task t ON t.organization_id = a.organization_id AND t.id = a.subject_id
                    WHERE t.project_id = :p AND t.title = 'Bauantrag prüfen' AND a.action = 'created'
                    """).param("p", board.project()).query(UUID.class).single();
            assertThat(request.header("Laufzettel-Webhook-Id")).isEqualTo(activity.toString());
            assertThat(request.header("Laufzettel-Webhook-Event")).isEqualTo("task.created");

            Map<String, Object> body = json(request.body());
            assertThat(body).containsEntry("id", activity.toString()).containsEntry("event", "task.created")
                    .containsEntry("action", "created");
            assertThat(map(body, "organization")).containsEntry("slug", board.org().slug());
            assertThat(map(body, "project")).containsEntry("name", "Website-Relaunch")
                    .containsEntry("id", board.project().toString());
            assertThat(map(body, "task")).containsEntry("title", "Bauantrag prüfen").containsEntry("completed", false)
                    .containsKeys("number", "section", "assignee", "dueDate");
            assertThat(map(map(body, "task"), "section")).containsEntry("name", "Offen");
            assertThat((String) map(body, "task").get("url")).startsWith(baseUrl() + board.board() + "/tasks/");
            assertThat(map(body, "actor")).containsEntry("name", "Anna Admin");
            // Events are queued in the change's transaction: the task made before the webhook has none.
            assertThat(deliveries(board.project())).as("the task made before the webhook is not queued").isEqualTo(1);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheSameEventAThirdTimeAndTheLogSaysSo() throws Exception {
        try (Receiver receiver = new Receiver().answering(500, 503)) {
            BoardWithTask board = boardWithTask("Wiederholungsstadt", "Erste Aufgabe");
            register(board, receiver.url(), "task.created");
            newTask(board, "Straßenlaterne reparieren");

            List<Receiver.Request> requests = receiver.await(3, PATIENCE);
            assertThat(requests).extracting(r -> r.header("Laufzettel-Webhook-Id")).hasSize(3).containsOnly(
                    requests.getFirst().header("Laufzettel-Webhook-Id"));
            UUID delivery = awaitState(board.project(), "delivered");
            assertThat(db.sql("SELECT attempts FROM webhook_delivery WHERE id = :id").param("id", delivery)
                    .query(Integer.class).single()).isEqualTo(3);
            assertThat(db.sql("SELECT status_code FROM webhook_attempt WHERE delivery_id = :id ORDER BY attempt")
                    .param("id", delivery).query(Integer.class).list()).containsExactly(500, 503, 200);
            String page = board.web().get(board.board() + "/webhooks").body();
            assertThat(page).contains("zugestellt").contains("task.created").contains("Zustellprotokoll");
        }
    }

    @Test
    void theEventsOfOneTaskArriveInTheOrderTheyHappenedEvenWhenOneHasToBeRetried() throws Exception {
        try (Receiver receiver = new Receiver().answering(500)) {
            BoardWithTask board = boardWithTask("Reihenfolgestadt", "Erste Aufgabe");
            register(board, receiver.url(), "task.created", "task.updated", "task.completed");
            long number = newTask(board, "Haushaltsplan");
            update(board, number, "Haushaltsplan 2027");
            board.web().post(board.board() + "/tasks/" + number + "/completion");

            List<Receiver.Request> requests = receiver.await(4, PATIENCE);
            assertThat(requests.getFirst().header("Laufzettel-Webhook-Event")).isEqualTo("task.created");
            assertThat(requests.subList(1, 4)).extracting(r -> r.header("Laufzettel-Webhook-Event"))
                    .containsExactly("task.created", "task.updated", "task.completed");
            assertThat(map(json(requests.get(2).body()), "details")).containsKey("title");
            assertThat(map(json(requests.get(3).body()), "task")).containsEntry("completed", true);
        }
    }

    @Test
    void onlyTheChosenEventsAreSentAndACommentComesWithItsText() throws Exception {
        try (Receiver receiver = new Receiver()) {
            BoardWithTask board = boardWithTask("Auswahlstadt", "Erste Aufgabe");
            register(board, receiver.url(), "comment.created", "task.completed");
            long number = newTask(board, "Sitzung vorbereiten");
            board.web().post(board.board() + "/tasks/" + number + "/comments", "body", "Bitte bis Freitag");
            board.web().post(board.board() + "/tasks/" + number + "/completion");

            List<Receiver.Request> requests = receiver.await(2, PATIENCE);
            // Events are queued in the change's transaction: only the two chosen ones are, so no more will come.
            assertThat(deliveries(board.project())).isEqualTo(2);
            assertThat(receiver.received()).extracting(r -> r.header("Laufzettel-Webhook-Event"))
                    .containsExactly("comment.created", "task.completed");
            assertThat(map(json(requests.getFirst().body()), "comment")).containsEntry("body", "Bitte bis Freitag");
        }
    }

    @Test
    void aPausedWebhookQueuesNothingAndADeletedOneIsGone() throws Exception {
        try (Receiver receiver = new Receiver()) {
            BoardWithTask board = boardWithTask("Pausenstadt", "Erste Aufgabe");
            register(board, receiver.url(), "task.created");
            UUID webhook = webhookOf(board);
            assertThat(board.web().post(board.board() + "/webhooks/" + webhook, "_method", "put", "active", "false")
                    .status()).isEqualTo(302);
            newTask(board, "Während der Pause");
            assertThat(board.web().get(board.board() + "/webhooks").body()).contains("pausiert");
            assertThat(deliveries(board.project())).isZero();

            assertThat(board.web().post(board.board() + "/webhooks/" + webhook, "_method", "delete").status())
                    .isEqualTo(302);
            assertThat(db.sql("SELECT count(*) FROM webhook WHERE project_id = :p").param("p", board.project())
                    .query(Integer.class).single()).isZero();
            assertThat(board.web().post(board.board() + "/webhooks/" + webhook, "_method", "delete").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void theTestEventButtonSendsAPingThroughTheQueue() throws Exception {
        try (Receiver receiver = new Receiver()) {
            BoardWithTask board = boardWithTask("Pingstadt", "Erste Aufgabe");
            register(board, receiver.url(), "task.created");
            UUID webhook = webhookOf(board);
            Web.Page answer = board.web().post(board.board() + "/webhooks/" + webhook + "/pings");
            assertThat(answer.status()).isEqualTo(302);
            assertThat(board.web().follow(answer.location().replaceFirst("^https?://[^/]+", "")).body())
                    .contains("Testereignis wurde eingereiht");

            Map<String, Object> ping = json(receiver.await(1, PATIENCE).getFirst().body());
            assertThat(ping).containsEntry("event", "ping");
            assertThat(map(ping, "webhook")).containsEntry("id", webhook.toString());
            awaitState(board.project(), "delivered");
        }
    }

    @Test
    void redirectsAreNotFollowedButLoggedAsFailures() throws Exception {
        try (Receiver elsewhere = new Receiver(); Receiver receiver = new Receiver()) {
            receiver.answering(302, 302, 302, 302, 302, 302, 302, 302, 302, 302).redirectingTo(elsewhere.url());
            BoardWithTask board = boardWithTask("Umleitungsstadt", "Erste Aufgabe");
            register(board, receiver.url(), "task.created");
            board.web().post(board.board() + "/webhooks/" + webhookOf(board) + "/pings");

            receiver.await(1, PATIENCE);
            String error = awaitAttempt(board.project());
            assertThat(error).startsWith("redirect not followed");
            assertThat(db.sql("""
                    SELECT a.status_code FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                    JOIN webhook w ON w.id = d.webhook_id WHERE w.project_id = :p ORDER BY a.attempt LIMIT 1
                    """).param("p", board.project()).query(Integer.class).single()).isEqualTo(302);
            assertThat(elsewhere.received()).isEmpty();
        }
    }

    @Test
    void aTargetThatTurnedInternalIsRefusedAtDelivery() throws Exception {
        BoardWithTask board = boardWithTask("Umzugstadt", "Erste Aufgabe");
        try (Receiver receiver = new Receiver()) {
            register(board, receiver.url(), "task.created");
        }
        // As if the host's DNS now answered with a private address: the address checked at saving is gone.
        db.sql("UPDATE webhook SET url = 'http://10.255.255.1/hook' WHERE project_id = :p").param("p", board.project()).update();
        board.web().post(board.board() + "/webhooks/" + webhookOf(board) + "/pings");

        assertThat(awaitAttempt(board.project())).isEqualTo("webhook.target.internal");
        assertThat(board.web().get(board.board() + "/webhooks").body()).contains("zeigt in ein internes Netz");
    }

    @Test
    void theFormRefusesInternalAndInvalidTargetsClearlyAndSavesNothing() {
        BoardWithTask board = boardWithTask("Formularstadt", "Erste Aufgabe");
        for (String target : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook",
                "http://[::1]:8080/hook", "http://[::ffff:192.168.0.1]/", "http://100.100.100.200/")) {
            Web.Page page = board.web().post(board.board() + "/webhooks", "url", target, "event", "task.created");
            assertThat(page.status()).as(target).isEqualTo(422);
            assertThat(page.body()).as(target).contains("zeigt in ein internes Netz");
        }
        Web.Page ftp = board.web().post(board.board() + "/webhooks", "url", "ftp://example.org/", "event", "task.created");
        assertThat(ftp.status()).isEqualTo(422);
        assertThat(ftp.body()).contains("vollständige Adresse mit http://");
        Web.Page noEvents = board.web().post(board.board() + "/webhooks", "url", "http://127.0.0.1:9/hook");
        assertThat(noEvents.status()).isEqualTo(422);
        assertThat(noEvents.body()).contains("mindestens ein Ereignis").contains("value=\"http://127.0.0.1:9/hook\"");
        Web.Page unknown = board.web().post(board.board() + "/webhooks", "url", "http://127.0.0.1:9/hook",
                "event", "task.exploded");
        assertThat(unknown.status()).isEqualTo(422);

        Account english = accounts.create("en-" + UUID.randomUUID() + "@formularstadt.example", "Erin English",
                PASSWORD, "en");
        organizations.addMember(board.org().org().id(), english.id(), Role.ADMIN);
        Web.Page inEnglish = web().login(english.email(), PASSWORD).post(board.board() + "/webhooks",
                "url", "http://192.168.1.1/", "event", "task.created");
        assertThat(inEnglish.status()).isEqualTo(422);
        assertThat(inEnglish.body()).contains("points into an internal network");

        assertThat(db.sql("SELECT count(*) FROM webhook WHERE project_id = :p").param("p", board.project())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyProjectAdminsManageWebhooks() {
        BoardWithTask board = boardWithTask("Rechtestadt", "Erste Aufgabe");
        Account member = board.org().member("Ben Beispiel", Role.MEMBER);
        board.web().post(board.board() + "/members", "userId", member.id().toString(), "role", "member");
        Web ben = web().login(member.email(), PASSWORD);
        assertThat(ben.get(board.board()).status()).isEqualTo(200);
        assertThat(ben.get(board.board() + "/webhooks").status()).isEqualTo(403);
        assertThat(ben.post(board.board() + "/webhooks", "url", "http://127.0.0.1:9/", "event", "task.created")
                .status()).isEqualTo(403);

        TestOrg other = newOrganization("Fremdstadt");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.get(board.board() + "/webhooks").status()).isEqualTo(404);
        assertThat(stranger.post(board.board() + "/webhooks", "url", "http://127.0.0.1:9/", "event", "task.created")
                .status()).isEqualTo(404);

        assertThat(board.web().postRaw(board.board() + "/webhooks", Map.of("url", "http://127.0.0.1:9/",
                "event", "task.created")).status()).isEqualTo(403);
        assertThat(db.sql("SELECT count(*) FROM webhook WHERE project_id = :p").param("p", board.project())
                .query(Integer.class).single()).isZero();
        assertThat(board.web().get(board.board() + "/edit").body()).contains("/webhooks\"");
        assertThat(board.web().get(board.board() + "/webhooks").status()).isEqualTo(200);
    }

    private String register(BoardWithTask board, String url, String... events) {
        String[] fields = new String[2 + events.length * 2];
        fields[0] = "url";
        fields[1] = url;
        for (int i = 0; i < events.length; i++) {
            fields[2 + 2 * i] = "event";
            fields[3 + 2 * i] = events[i];
        }
        Web.Page page = board.web().post(board.board() + "/webhooks", fields);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher m = SECRET.matcher(page.body());
        assertThat(m.find()).as("the secret is shown").isTrue();
        return m.group(1);
    }

    private long newTask(BoardWithTask board, String title) {
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                .param("p", board.project()).query(UUID.class).single();
        board.web().withHeader("HX-Request", "true").post(board.board() + "/sections/" + section + "/tasks", "title", title);
        return db.sql("SELECT number FROM task WHERE project_id = :p AND title = :t").param("p", board.project())
                .param("t", title).query(Long.class).single();
    }

    private void update(BoardWithTask board, long number, String title) {
        int version = db.sql("SELECT version FROM task WHERE project_id = :p AND number = :n")
                .param("p", board.project()).param("n", number).query(Integer.class).single();
        assertThat(board.web().post(board.board() + "/tasks/" + number, "_method", "put", "title", title,
                "version", Integer.toString(version)).status()).isEqualTo(302);
    }

    private UUID webhookOf(BoardWithTask board) {
        return db.sql("SELECT id FROM webhook WHERE project_id = :p").param("p", board.project()).query(UUID.class).single();
    }

    private int deliveries(UUID project) {
        return db.sql("SELECT count(*) FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id WHERE w.project_id = :p")
                .param("p", project).query(Integer.class).single();
    }

    private UUID awaitState(UUID project, String state) {
        return org.awaitility.Awaitility.await().atMost(PATIENCE).alias("a delivery becomes " + state)
                .until(() -> db.sql("""
                    SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                    WHERE w.project_id = :p AND d.state = :state
                    """).param("p", project).param("state", state).query(UUID.class).optional(), java.util.Optional::isPresent).get();
    }

    /** The error of the first recorded attempt in the project. */
    private String awaitAttempt(UUID project) {
        return org.awaitility.Awaitility.await().atMost(PATIENCE).alias("an attempt is recorded")
                .until(() -> db.sql("""
                    SELECT a.error FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
                    JOIN webhook w ON w.id = d.webhook_id WHERE w.project_id = :p AND NOT a.succeeded
                    ORDER BY a.attempt LIMIT 1
                    """).param("p", project).query(String.class).optional(), java.util.Optional::isPresent).get();
    }

    static String hmac(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
