package de.laufzettel.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The REST API through real HTTP with personal access tokens made in the web interface. */
class ApiTest extends AppTest {
    private ApiCalls api;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        api = new ApiCalls(baseUrl());
    }

    private ApiCalls.Answer call(String method, String path, String token, String body, String... headers)
            throws Exception {
        return api.call(method, path, token, body, headers);
    }

    private static String token(Web web, String slug, String name, String... scopes) {
        return ApiCalls.token(web, slug, name, scopes);
    }

    @Test
    void tokensReadAndChangeTasksWithTheConventions() throws Exception {
        BoardWithTask s = boardWithTask("Schnittstellenstadt", "Erste Aufgabe");
        String token = token(s.web(), s.org().slug(), "Fachverfahren", "read", "write");
        String tasks = "/api/v1/projects/" + s.project() + "/tasks";

        // No token, a wrong token, a session cookie: 401 as problem+json.
        ApiCalls.Answer anonymous = call("GET", "/api/v1/projects", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(call("GET", "/api/v1/projects", "lzt_falsch", null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/projects", null, null, "Cookie", "SESSION=" + s.web().sessionId()).status())
                .isEqualTo(401);

        ApiCalls.Answer projects = call("GET", "/api/v1/projects", token, null);
        assertThat(projects.status()).isEqualTo(200);
        assertThat(projects.body()).contains(s.project().toString(), "Website-Relaunch");
        assertThat(call("GET", "/api/v1/organization", token, null).json()).containsEntry("slug", s.org().slug());
        assertThat(db.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE organization_id = :o")
                .param("o", s.org().org().id()).query(Boolean.class).single()).isTrue();

        // Create, with an Idempotency-Key: a retry gives the same task, not a second one.
        String body = "{\"title\": \"Über die API 🎉\", \"notes\": \"**wichtig**\", \"dueDate\": \"2027-03-01\"}";
        ApiCalls.Answer created = call("POST", tasks, token, body, "Idempotency-Key", "antrag-4711");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json()).containsEntry("title", "Über die API 🎉").containsEntry("dueDate", "2027-03-01");
        ApiCalls.Answer again = call("POST", tasks, token, body, "Idempotency-Key", "antrag-4711");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("number")).isEqualTo(created.json().get("number"));
        assertThat(again.header("Location")).isEqualTo(created.header("Location"));
        assertThat(count(s, "Über die API 🎉")).isEqualTo(1);
        assertThat(call("POST", tasks, token, "{\"title\": \"Anders\"}", "Idempotency-Key", "antrag-4711").status())
                .isEqualTo(422);
        assertThat(count(s, "Anders")).isZero();

        // Pages with a stable order and a cursor.
        ApiCalls.Answer first = call("GET", tasks + "?limit=1", token, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat((java.util.List<?>) first.json().get("items")).hasSize(1);
        assertThat(first.body()).contains("Erste Aufgabe");
        ApiCalls.Answer second = call("GET", tasks + "?limit=1&cursor=" + first.json().get("nextCursor"), token, null);
        assertThat(second.body()).contains("Über die API 🎉");
        assertThat(second.json().get("nextCursor")).isNull();
        assertThat(call("GET", tasks + "?cursor=kaputt", token, null).status()).isEqualTo(400);

        // ETag and If-Match: the same optimistic locking as the task dialog.
        String path = created.header("Location");
        ApiCalls.Answer read = call("GET", path, token, null);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"v" + read.json().get("version") + "\"");
        assertThat(call("PATCH", path, token, "{\"title\": \"Ohne If-Match\"}").status()).isEqualTo(428);
        ApiCalls.Answer changed = call("PATCH", path, token, "{\"title\": \"Geändert\", \"completed\": true}", "If-Match", etag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("title", "Geändert").containsEntry("completed", true)
                .containsEntry("notes", "**wichtig**");
        ApiCalls.Answer stale = call("PATCH", path, token, "{\"title\": \"Veraltet\"}", "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").toString()).contains("inzwischen geändert");
        assertThat(count(s, "Veraltet")).isZero();

        // Mass assignment: fields that are not the API's are refused, in the caller's language.
        ApiCalls.Answer foreign = call("PATCH", path, token, "{\"organizationId\": \"" + UUID.randomUUID() + "\"}",
                "If-Match", changed.header("ETag"), "Accept-Language", "en");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("detail").toString()).startsWith("Unknown field “organizationId”");

        // Oversized and deeply nested bodies: a clear 4xx, quickly.
        long started = System.nanoTime();
        ApiCalls.Answer large = call("POST", tasks, token, "{\"title\": \"" + "x".repeat(2_000_000) + "\"}");
        assertThat(large.status()).isEqualTo(413);
        ApiCalls.Answer deep = call("POST", tasks, token, "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        // Another organisation's token sees nothing of this one: 404, also for moving a task there.
        TestOrg other = newOrganization("Schnittstellenfremd");
        Web zora = web().login(other.admin().email(), PASSWORD);
        String stranger = token(zora, other.slug(), "Fremd", "read", "write");
        assertThat(call("GET", "/api/v1/projects/" + s.project(), stranger, null).status()).isEqualTo(404);
        assertThat(call("GET", tasks, stranger, null).status()).isEqualTo(404);
        assertThat(call("GET", path, stranger, null).status()).isEqualTo(404);
        String otherBoard = zora.post("/" + other.slug() + "/projects", "name", "Fremdprojekt").location();
        UUID otherProject = UUID.fromString(otherBoard.substring(otherBoard.lastIndexOf('/') + 1));
        UUID otherSection = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                .param("p", otherProject).query(UUID.class).single();
        ApiCalls.Answer moved = call("PATCH", path, token, "{\"sectionId\": \"" + otherSection + "\"}", "If-Match",
                call("GET", path, token, null).header("ETag"));
        assertThat(moved.status()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM task WHERE section_id = :s").param("s", otherSection)
                .query(Integer.class).single()).isZero();

        // A read-only token cannot write; a revoked one is refused at once.
        String reader = token(s.web(), s.org().slug(), "Dashboard", "read");
        assertThat(call("POST", tasks, reader, "{\"title\": \"Darf nicht\"}").status()).isEqualTo(403);
        assertThat(count(s, "Darf nicht")).isZero();
        UUID readerId = db.sql("SELECT id FROM api_token WHERE name = 'Dashboard' AND organization_id = :o")
                .param("o", s.org().org().id()).query(UUID.class).single();
        assertThat(s.web().post("/" + s.org().slug() + "/tokens/" + readerId, "_method", "delete").status()).isEqualTo(302);
        assertThat(call("GET", "/api/v1/projects", reader, null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/projects", token, null).status()).isEqualTo(200);
    }

    @Test
    void adminsSeeAndRevokeTheOrganisationsTokensMembersOnlyTheirOwn() throws Exception {
        TestOrg org = newOrganization("Tokenverwaltungsstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        Account ben = org.member("Ben Bauer", Role.MEMBER);
        Web benWeb = web().login(ben.email(), PASSWORD);
        String bens = token(benWeb, org.slug(), "Bens Skript", "read");
        token(anna, org.slug(), "Annas Auswertung", "read");
        String tokens = "/" + org.slug() + "/tokens";

        assertThat(benWeb.get(tokens).body()).contains("Bens Skript").doesNotContain("Annas Auswertung");
        assertThat(anna.get(tokens).body()).contains("Bens Skript", "Annas Auswertung", "Ben Bauer");
        assertThat(anna.get(tokens).body()).doesNotContain(bens);
        UUID annas = db.sql("SELECT id FROM api_token WHERE name = 'Annas Auswertung'").query(UUID.class).single();
        assertThat(benWeb.post(tokens + "/" + annas, "_method", "delete").status()).isEqualTo(404);
        UUID bensId = db.sql("SELECT id FROM api_token WHERE name = 'Bens Skript'").query(UUID.class).single();
        assertThat(anna.post(tokens + "/" + bensId, "_method", "delete").status()).isEqualTo(302);
        assertThat(call("GET", "/api/v1/projects", bens, null).status()).isEqualTo(401);

        // Only the hash is stored: the row holds the token's SHA-256, and the token itself nowhere.
        assertThat(db.sql("SELECT count(*) FROM api_token WHERE token_hash = sha256(convert_to(:t, 'UTF8'))")
                .param("t", bens).query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("SELECT count(*) FROM api_token t WHERE row_to_json(t)::text LIKE '%' || :secret || '%'")
                .param("secret", bens.substring(ApiTokens.PREFIX.length())).query(Integer.class).single()).isZero();
        // Bad input on the form: a clear message, nothing made.
        Web.Page noScope = benWeb.post(tokens, "name", "Ohne Rechte");
        assertThat(noScope.status()).isEqualTo(422);
        assertThat(noScope.body()).contains("Bitte wählen Sie mindestens eine Berechtigung.");
        assertThat(db.sql("SELECT count(*) FROM api_token WHERE name = 'Ohne Rechte'").query(Integer.class).single()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTasksSurroundingsThroughTheApi() throws Exception {
        BoardWithTask s = boardWithTask("Umfeldstadt", "Präsentation erstellen");
        String token = token(s.web(), s.org().slug(), "Alles", "read", "write");
        String project = "/api/v1/projects/" + s.project();
        String task = project + "/tasks/1";
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");

        // Members of the organisation and of the project.
        assertThat(call("GET", "/api/v1/members", token, null).body()).contains("Ben Bauer", "Anna Admin");
        assertThat(call("GET", project + "/members", token, null).body()).contains("Ben Bauer");

        // Tags: set as a whole; one of another project is refused and changes nothing.
        s.web().post(s.board() + "/tags", "name", "Dringend", "colour", "red");
        String tag = ((Map<String, Object>) ((java.util.List<?>) call("GET", project + "/tags", token, null).json()
                .get("items")).getFirst()).get("id").toString();
        ApiCalls.Answer tagged = call("PATCH", task, token, "{\"tagIds\": [\"" + tag + "\"]}", "If-Match",
                call("GET", task, token, null).header("ETag"));
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
        assertThat(tagged.json().get("tagIds")).isEqualTo(java.util.List.of(tag));
        ApiCalls.Answer foreignTag = call("PATCH", task, token, "{\"tagIds\": [\"" + UUID.randomUUID() + "\"]}",
                "If-Match", tagged.header("ETag"));
        assertThat(foreignTag.status()).isEqualTo(400);
        assertThat(call("GET", task, token, null).json().get("tagIds")).isEqualTo(java.util.List.of(tag));

        // A checklist with items, one ticked.
        ApiCalls.Answer list = call("POST", task + "/checklists", token,
                "{\"title\": \"Vorbereitung\", \"items\": [\"Folien\", \"Raum buchen\"]}");
        assertThat(list.status()).as(list.body()).isEqualTo(201);
        assertThat((java.util.List<Map<String, Object>>) list.json().get("items")).extracting(i -> i.get("text"))
                .containsExactly("Folien", "Raum buchen");
        // One change to the task, not one per item.
        assertThat(db.sql("""
                SELECT count(*) FROM activity a JOIN task t ON t.organization_id = a.organization_id AND t.id = a.subject_id
                WHERE t.project_id = :p AND t.number = 1 AND a.action IN ('checklist_created', 'item_added')
                """).param("p", s.project()).query(Integer.class).single()).isEqualTo(1);
        String item = ((Map<String, Object>) ((java.util.List<?>) list.json().get("items")).get(1)).get("id").toString();
        ApiCalls.Answer ticked = call("PATCH", task + "/checklists/" + list.json().get("id") + "/items/" + item, token,
                "{\"done\": true, \"position\": 1}");
        assertThat(ticked.json()).containsEntry("done", 1).containsEntry("total", 2);
        assertThat(((Map<String, Object>) ((java.util.List<?>) ticked.json().get("items")).getFirst()))
                .containsEntry("text", "Raum buchen").containsEntry("done", true);

        // A comment that mentions Ben makes him a watcher; only its author may change it.
        String handle = ben.email().substring(0, ben.email().indexOf('@'));
        ApiCalls.Answer comment = call("POST", task + "/comments", token, "{\"body\": \"Bitte ansehen, @" + handle + "\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(db.sql("SELECT count(*) FROM task_watcher WHERE user_id = :u").param("u", ben.id())
                .query(Integer.class).single()).isEqualTo(1);
        String bens = token(web().login(ben.email(), PASSWORD), s.org().slug(), "Bens", "read", "write");
        assertThat(call("PATCH", task + "/comments/" + comment.json().get("id"), bens, "{\"body\": \"Fremd\"}").status())
                .isEqualTo(403);
        assertThat(call("GET", task + "/comments", token, null).body()).contains("Bitte ansehen").doesNotContain("Fremd");

        // An attachment: uploaded and downloaded with the same bytes, as an attachment with nosniff.
        byte[] bytes = "<script>alert(1)</script> Ä".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ApiCalls.Answer uploaded = api.upload(task + "/attachments", token, "../Plan final.html", bytes);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json()).containsEntry("fileName", "Plan final.html").containsEntry("sizeBytes", bytes.length);
        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + uploaded.header("Location"))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
        assertThat(call("POST", task + "/attachments", token, "{}").status()).isIn(400, 415);

        // The activity in pages: each entry once, newest first, whatever the page size.
        java.util.List<Object> all = (java.util.List<Object>) call("GET", task + "/activity?limit=500", token, null)
                .json().get("items");
        assertThat(all).hasSizeGreaterThan(5);
        java.util.List<Object> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = call("GET", task + "/activity?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    token, null).json();
            paged.addAll((java.util.List<Object>) page.get("items"));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertThat(paged).isEqualTo(all);
        assertThat(call("GET", project + "/activity", token, null).body()).contains("\"action\":\"commented\"",
                "\"taskNumber\":1");

        // Search: German stemming and typing errors, only in this organisation, with the places of the words.
        boardWithTask("Kanarienstadt", "Präsentation des Kanarienvogels");
        ApiCalls.Answer found = call("GET", "/api/v1/search?q=Prasentation", token, null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("Präsentation erstellen").doesNotContain("Kanarienvogel");
        ApiCalls.Answer exact = call("GET", "/api/v1/search?q=Pr%C3%A4sentation", token, null);
        assertThat(exact.body()).doesNotContain("Kanarienvogel");
        Map<String, Object> hit = (Map<String, Object>) ((java.util.List<?>) exact.json().get("items")).getFirst();
        Map<String, Object> match = (Map<String, Object>) ((java.util.List<?>) hit.get("matches")).getFirst();
        assertThat(hit.get("snippet").toString().substring((int) match.get("start"), (int) match.get("end")))
                .isEqualTo("Präsentation");
        assertThat(call("GET", "/api/v1/search?q=Folien&status=egal", token, null).status()).isEqualTo(400);
        // A tag no tag can have is an error, not a search without the filter.
        assertThat(call("GET", "/api/v1/search?q=Folien&tag=" + "x".repeat(51), token, null).status()).isEqualTo(400);

        // Sections and the project: admins arrange them; a stale project version is refused.
        ApiCalls.Answer section = call("POST", project + "/sections", token, "{\"name\": \"Abnahme\"}");
        assertThat(section.status()).isEqualTo(201);
        assertThat(call("PATCH", project + "/sections/" + section.json().get("id"), token, "{\"position\": 1}").json())
                .containsEntry("position", 1).containsEntry("name", "Abnahme");
        String etag = call("GET", project, token, null).header("ETag");
        assertThat(call("PATCH", project, token, "{\"description\": \"Neu\"}", "If-Match", etag).status()).isEqualTo(200);
        assertThat(call("PATCH", project, token, "{\"description\": \"Alt\"}", "If-Match", etag).status()).isEqualTo(412);

        // Trash: the task is gone from the API, and its number stays taken.
        assertThat(call("DELETE", task, token, null).status()).isEqualTo(204);
        assertThat(call("GET", task, token, null).status()).isEqualTo(404);
    }

    @Test
    void aTokenThatCallsTooOftenIsToldToWait() throws Exception {
        BoardWithTask s = boardWithTask("Eilstadt", "Eine Aufgabe");
        String token = token(s.web(), s.org().slug(), "Eilig", "read");
        ApiCalls.Answer refused = null;
        for (int i = 0; i < 400 && refused == null; i++) {
            ApiCalls.Answer answer = call("GET", "/api/v1/organization", token, null);
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertThat(answer.status()).isEqualTo(200);
            }
        }
        assertThat(refused).as("no 429 within 400 calls").isNotNull();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        // Another token of the same person has a bucket of its own.
        assertThat(call("GET", "/api/v1/organization", token(s.web(), s.org().slug(), "Ruhig", "read"), null).status())
                .isEqualTo(200);
    }

    /**
     * A task created with notes, an assignee and a due date is one new row and one "created" entry
     * in its history, and the assignee hears of the assignment as if it had been made in the dialog.
     */
    @Test
    void aTaskCreatedWithAnAssigneeIsOneChangeAndTellsTheAssignee() throws Exception {
        BoardWithTask s = boardWithTask("Zuweisungsstadt", "Erste Aufgabe");
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        String token = token(s.web(), s.org().slug(), "Fachverfahren", "read", "write");
        String body = "{\"title\": \"Antrag prüfen\", \"notes\": \"Aus dem Fachverfahren\", \"assigneeId\": \""
                + ben.id() + "\", \"dueDate\": \"2027-03-01\", \"dueTime\": \"09:30\"}";

        ApiCalls.Answer created = call("POST", "/api/v1/projects/" + s.project() + "/tasks", token, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json()).containsEntry("notes", "Aus dem Fachverfahren")
                .containsEntry("assigneeId", ben.id().toString()).containsEntry("dueDate", "2027-03-01")
                .containsEntry("dueTime", "09:30:00").containsEntry("version", 0);
        UUID task = UUID.fromString(created.json().get("id").toString());
        assertThat(db.sql("SELECT action FROM activity WHERE subject_id = :t").param("t", task)
                .query(String.class).list()).containsExactly("created");
        assertThat(db.sql("SELECT kind FROM notification WHERE task_id = :t AND recipient_id = :u")
                .param("t", task).param("u", ben.id()).query(String.class).list()).containsExactly("assignment");
        assertThat(db.sql("SELECT count(*) FROM notification WHERE task_id = :t AND recipient_id <> :u")
                .param("t", task).param("u", ben.id()).query(Integer.class).single()).isZero();

        // A due time without a date is refused and creates nothing.
        ApiCalls.Answer timeOnly = call("POST", "/api/v1/projects/" + s.project() + "/tasks", token,
                "{\"title\": \"Nur Uhrzeit\", \"dueTime\": \"09:30\"}");
        assertThat(timeOnly.status()).isEqualTo(400);
        assertThat(count(s, "Nur Uhrzeit")).isZero();
    }

    /**
     * A list's items are written by PostgreSQL, a single task by Jackson: both must give the same
     * JSON for every kind of value (times with and without fractions, due times with seconds,
     * missing values, quotes, line breaks and emoji, tags).
     */
    @Test
    @SuppressWarnings("unchecked")
    void listedTasksAreTheSameAsTasksReadAlone() throws Exception {
        BoardWithTask s = boardWithTask("Listenstadt", "Erste Aufgabe");
        String token = token(s.web(), s.org().slug(), "Auswertung", "read", "write");
        String tasks = "/api/v1/projects/" + s.project() + "/tasks";
        s.web().post(s.board() + "/tags", "name", "Inhalt", "colour", "green");
        UUID tag = db.sql("SELECT id FROM tag WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        String[] bodies = {
            "{\"title\": \"Zitat \\\"so\\\" \\\\ Pfad\", \"notes\": \"Zeile 1\\nZeile 2\\t🎉 <b>&amp;</b>\"}",
            "{\"title\": \"Fällig mit Zeit\", \"dueDate\": \"2027-03-01\", \"dueTime\": \"14:30\"}",
            "{\"title\": \"Fällig mit Sekunden\", \"dueDate\": \"2027-03-01\", \"dueTime\": \"09:05:07\"}",
            "{\"title\": \"Fällig mit Bruchteil\", \"dueDate\": \"2027-03-01\", \"dueTime\": \"09:05:07.5\"}",
            "{\"title\": \"Fällig mit Mikrosekunden\", \"dueDate\": \"2027-03-01\", \"dueTime\": \"09:05:07.000123\"}",
        };
        for (String body : bodies) {
            assertThat(call("POST", tasks, token, body).status()).as(body).isEqualTo(201);
        }
        assertThat(call("PATCH", tasks + "/" + db.sql("SELECT number FROM task WHERE project_id = :p AND title = 'Erste Aufgabe'")
                .param("p", s.project()).query(Long.class).single(), token, "{\"tagIds\": [\"" + tag + "\"]}",
                "If-Match", "\"v0\"").status()).isEqualTo(200);
        String completing = tasks + "/" + db.sql("SELECT number FROM task WHERE project_id = :p AND title = 'Fällig mit Zeit'")
                .param("p", s.project()).query(Long.class).single();
        assertThat(call("PATCH", completing, token, "{\"completed\": true}", "If-Match",
                call("GET", completing, token, null).header("ETag")).status()).isEqualTo(200);
        // Times exactly on the second, with trailing zeros in the fraction, and with six digits.
        db.sql("""
                UPDATE task SET created_at = CASE number % 3 WHEN 0 THEN timestamptz '2026-01-02 03:04:05+00'
                                                      WHEN 1 THEN timestamptz '2026-01-02 03:04:05.12+00'
                                                      ELSE timestamptz '2026-01-02 03:04:05.000001+00' END,
                                completed_at = CASE WHEN completed_at IS NULL THEN NULL ELSE timestamptz '2026-05-06 07:08:09.5+02' END
                WHERE project_id = :p
                """).param("p", s.project()).update();

        java.util.List<Map<String, Object>> listed = (java.util.List<Map<String, Object>>) call("GET", tasks + "?limit=1000",
                token, null).json().get("items");
        assertThat(listed).hasSize(6);
        for (Map<String, Object> item : listed) {
            Map<String, Object> alone = call("GET", tasks + "/" + item.get("number"), token, null).json();
            assertThat(item).as("task %s", item.get("title")).isEqualTo(alone);
        }
        assertThat(listed).extracting(item -> item.get("dueTime"))
                .contains("14:30:00", "09:05:07", "09:05:07.5", "09:05:07.000123", null);
        assertThat(listed).extracting(item -> item.get("createdAt"))
                .contains("2026-01-02T03:04:05Z", "2026-01-02T03:04:05.12Z", "2026-01-02T03:04:05.000001Z");
        assertThat(listed).anySatisfy(item -> assertThat(item).containsEntry("completed", true)
                .containsEntry("completedAt", "2026-05-06T05:08:09.5Z"));
    }

    private int count(BoardWithTask s, String title) {
        return db.sql("SELECT count(*) FROM task WHERE project_id = :p AND title = :t").param("p", s.project())
                .param("t", title).query(Integer.class).single();
    }
}
