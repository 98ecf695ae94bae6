package de.laufzettel.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.project.ProjectRole;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API for every role: the organisation's admin, the project's admin,
 * member, commenter and reader, a member of the organisation outside the project, the admin of
 * another organisation and a read-only token. Each call is made on objects of its own (made by
 * the project's admin), and a refused call must leave no trace of its text anywhere. The list of
 * endpoints is checked against the code and the OpenAPI description, so a new endpoint fails this
 * test until it is described and listed here.
 */
class ApiRolesTest extends AppTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private ApiCalls api;
    private final Map<String, Who> roles = new LinkedHashMap<>();
    private Who owner;
    /** Tokens of the project's admin for making the objects: several, so their rate limits do not slow the test. */
    private final List<String> makers = new ArrayList<>();
    private Web makerWeb;
    private String makerSlug;
    private String project;
    private int markers;
    private int made;

    /** How much of a project an endpoint needs. */
    enum Level { ORGANISATION, CREATE, READ, COMMENT, EDIT, MANAGE, OWN_COMMENT }

    /** Someone calling: their token, role in the project (null: none), whether the token may write. */
    record Who(String name, String token, ProjectRole role, boolean write) {
    }

    /**
     * An endpoint as the OpenAPI description names it, an example call ({@code body} with
     * {@code %s} for a marker text), and whether each call needs objects of its own.
     */
    record Case(String method, String path, Level level, String body, boolean fresh) {
        int success() {
            return switch (method) {
                case "POST" -> 201;
                case "DELETE" -> 204;
                default -> 200;
            };
        }

        String endpoint() {
            return method + " " + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        }
    }

    private static final String TASK = "/api/v1/projects/{projectId}/tasks/{number}";
    private static final List<Case> CASES = List.of(
            new Case("GET", "/api/v1/organization", Level.ORGANISATION, null, false),
            new Case("GET", "/api/v1/members", Level.ORGANISATION, null, false),
            new Case("GET", "/api/v1/projects", Level.ORGANISATION, null, false),
            new Case("GET", "/api/v1/search?q=Rollenaufgabe", Level.ORGANISATION, null, false),
            new Case("POST", "/api/v1/projects", Level.CREATE, "{\"name\": \"%s\"}", false),
            new Case("GET", "/api/v1/projects/{projectId}", Level.READ, null, false),
            new Case("PATCH", "/api/v1/projects/{projectId}", Level.MANAGE, "{\"description\": \"%s\"}", true),
            new Case("GET", "/api/v1/projects/{projectId}/members", Level.READ, null, false),
            new Case("GET", "/api/v1/projects/{projectId}/tags", Level.READ, null, false),
            new Case("GET", "/api/v1/projects/{projectId}/activity", Level.READ, null, false),
            new Case("GET", "/api/v1/projects/{projectId}/sections", Level.READ, null, false),
            new Case("POST", "/api/v1/projects/{projectId}/sections", Level.MANAGE, "{\"name\": \"%s\"}", false),
            new Case("PATCH", "/api/v1/projects/{projectId}/sections/{sectionId}", Level.MANAGE,
                    "{\"name\": \"%s\"}", true),
            new Case("GET", "/api/v1/projects/{projectId}/tasks", Level.READ, null, false),
            new Case("POST", "/api/v1/projects/{projectId}/tasks", Level.EDIT, "{\"title\": \"%s\"}", false),
            new Case("GET", TASK, Level.READ, null, false),
            new Case("PATCH", TASK, Level.EDIT, "{\"title\": \"%s\"}", true),
            new Case("DELETE", TASK, Level.EDIT, null, true),
            new Case("GET", TASK + "/activity", Level.READ, null, false),
            new Case("GET", TASK + "/checklists", Level.READ, null, false),
            new Case("POST", TASK + "/checklists", Level.EDIT, "{\"title\": \"%s\", \"items\": [\"%s\"]}", true),
            new Case("PATCH", TASK + "/checklists/{checklistId}", Level.EDIT, "{\"title\": \"%s\"}", true),
            new Case("DELETE", TASK + "/checklists/{checklistId}", Level.EDIT, null, true),
            new Case("POST", TASK + "/checklists/{checklistId}/items", Level.EDIT, "{\"text\": \"%s\"}", true),
            new Case("PATCH", TASK + "/checklists/{checklistId}/items/{itemId}", Level.EDIT,
                    "{\"text\": \"%s\", \"done\": true}", true),
            new Case("DELETE", TASK + "/checklists/{checklistId}/items/{itemId}", Level.EDIT, null, true),
            new Case("GET", TASK + "/comments", Level.READ, null, false),
            new Case("POST", TASK + "/comments", Level.COMMENT, "{\"body\": \"%s\"}", true),
            new Case("PATCH", TASK + "/comments/{commentId}", Level.OWN_COMMENT, "{\"body\": \"%s\"}", true),
            new Case("DELETE", TASK + "/comments/{commentId}", Level.OWN_COMMENT, null, true),
            new Case("GET", TASK + "/attachments", Level.READ, null, false),
            new Case("POST", TASK + "/attachments", Level.EDIT, "upload", true),
            new Case("GET", TASK + "/attachments/{attachmentId}/content", Level.READ, null, false),
            new Case("DELETE", TASK + "/attachments/{attachmentId}", Level.EDIT, null, true));

    @BeforeEach
    void people() throws Exception {
        api = new ApiCalls(baseUrl());
        TestOrg org = newOrganization("Rollenstadt");
        Web admin = web().login(org.admin().email(), PASSWORD);
        Account paula = org.member("Paula Projekt", Role.MEMBER);
        Web paulaWeb = web().login(paula.email(), PASSWORD);
        owner = new Who("Projekt-Admin", ApiCalls.token(paulaWeb, org.slug(), "Skript", "read", "write"),
                ProjectRole.ADMIN, true);
        makerWeb = paulaWeb;
        makerSlug = org.slug();
        for (int i = 0; i < 6; i++) {
            makers.add(ApiCalls.token(paulaWeb, org.slug(), "Vorbereitung " + i, "read", "write"));
        }
        ApiCalls.Answer created = api.call("POST", "/api/v1/projects", owner.token(), "{\"name\": \"Rollenprojekt\"}");
        assertThat(created.status()).isEqualTo(201);
        project = created.json().get("id").toString();

        roles.put("org-admin", new Who("Organisations-Admin",
                ApiCalls.token(admin, org.slug(), "Admin", "read", "write"), ProjectRole.ADMIN, true));
        roles.put("project-admin", owner);
        for (ProjectRole role : List.of(ProjectRole.MEMBER, ProjectRole.COMMENTER, ProjectRole.READER)) {
            Account person = org.member("Person " + role.code(), Role.MEMBER);
            assertThat(paulaWeb.post("/" + org.slug() + "/projects/" + project + "/members",
                    "userId", person.id().toString(), "role", role.code()).status()).isLessThan(400);
            Web web = web().login(person.email(), PASSWORD);
            roles.put(role.code(), new Who(role.code(), ApiCalls.token(web, org.slug(), "Skript", "read", "write"),
                    role, true));
        }
        Account outsider = org.member("Otto Außen", Role.MEMBER);
        roles.put("outsider", new Who("outsider", ApiCalls.token(web().login(outsider.email(), PASSWORD), org.slug(),
                "Skript", "read", "write"), null, true));
        TestOrg other = newOrganization("Fremdstadt");
        roles.put("other-organisation", new Who("other", ApiCalls.token(web().login(other.admin().email(), PASSWORD),
                other.slug(), "Fremd", "read", "write"), null, true));
        roles.put("read-only-token", new Who("read-only", ApiCalls.token(paulaWeb, org.slug(), "Lesen", "read"),
                ProjectRole.ADMIN, false));
    }

    @Test
    void everyEndpointAnswersEveryRoleAsItsRightsAllow() throws Exception {
        Map<String, String> shared = fixture("{checklistId}{itemId}{commentId}{attachmentId}{sectionId}");
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            for (Map.Entry<String, Who> role : roles.entrySet()) {
                Who who = role.getValue();
                Map<String, String> objects = c.fresh() ? fixture(c.path()) : shared;
                String marker = "Spur-" + (++markers) + "-" + UUID.randomUUID().toString().substring(0, 8);
                ApiCalls.Answer answer = call(c, who, objects, marker);
                int expected = expected(c, who);
                if (answer.status() != expected) {
                    wrong.add(c.endpoint() + " as " + role.getKey() + ": " + answer.status() + " (expected " + expected
                            + ") " + answer.body());
                } else if (expected >= 400) {
                    assertThat(answer.header("Content-Type")).as(c.endpoint()).startsWith("application/problem+json");
                    assertThat(traces(marker)).as("refused %s as %s left its text", c.endpoint(), role.getKey())
                            .isZero();
                } else if (c.body() != null && c.body().contains("%s") && !c.body().equals("upload")) {
                    assertThat(traces(marker)).as("%s as %s wrote its text", c.endpoint(), role.getKey()).isPositive();
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEndpointIsDescribedAndListedHere() throws Exception {
        ApiCalls.Answer description = api.call("GET", ApiDescription.PATH, null, null);
        assertThat(description.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) description.json().get("paths");
        Set<String> described = new LinkedHashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("summary")).as("summary of %s %s", method, path).isNotNull();
            if (operation.get("requestBody") instanceof Map<?, ?> body
                    && ((Map<?, ?>) body.get("content")).get("application/json") instanceof Map<?, ?> json) {
                // A JSON body names its fields (a record of the API), not just "object".
                assertThat(((Map<?, ?>) json.get("schema")).get("$ref")).as("body of %s %s", method, path).isNotNull();
            }
            described.add(method.toUpperCase() + " " + path);
        }));

        Set<String> inCode = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!ApiController.class.isAssignableFrom(mapping.getValue().getBeanType())) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                mapping.getKey().getMethodsCondition().getMethods()
                        .forEach(method -> inCode.add(method.name() + " " + path));
            }
        }
        Set<String> listed = new LinkedHashSet<>(CASES.stream().map(Case::endpoint).toList());
        assertThat(inCode).hasSizeGreaterThan(30);
        assertThat(described).containsExactlyInAnyOrderElementsOf(inCode);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(inCode);

        // The documentation page, for people, shows every endpoint too; it needs no sign-in.
        Web.Page docs = web().get("/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains(inCode.toArray(String[]::new));
    }

    private ApiCalls.Answer call(Case c, Who who, Map<String, String> objects, String marker) throws Exception {
        String path = fill(c.path(), objects);
        if ("upload".equals(c.body())) {
            return api.upload(path, who.token(), marker + ".txt", marker.getBytes());
        }
        String body = c.body() == null ? null : c.body().replace("%s", marker);
        List<String> headers = new ArrayList<>();
        if (c.method().equals("PATCH") && (c.path().endsWith("{projectId}") || c.path().endsWith("{number}"))) {
            // The current version, read by the owner, so only the role decides.
            headers.add("If-Match");
            headers.add(owned("GET", path, null).header("ETag"));
        }
        return api.call(c.method(), path, who.token(), body, headers.toArray(String[]::new));
    }

    private int expected(Case c, Who who) {
        if (c.level() == Level.ORGANISATION) {
            return c.success();
        }
        if (!c.method().equals("GET") && !who.write()) {
            return 403;
        }
        if (c.level() == Level.CREATE) {
            return c.success();
        }
        if (who.role() == null) {
            return 404;
        }
        boolean allowed = switch (c.level()) {
            case READ -> true;
            case COMMENT -> who.role().atLeast(ProjectRole.COMMENTER);
            case EDIT -> who.role().atLeast(ProjectRole.MEMBER);
            case MANAGE -> who.role().atLeast(ProjectRole.ADMIN);
            // The fixtures' comments are the project admin's own (its token here is the owner's).
            case OWN_COMMENT -> who == owner;
            default -> throw new IllegalStateException(c.level().name());
        };
        return allowed ? c.success() : 403;
    }

    /**
     * A task of its own with what {@code path} names of a checklist (with one item), a comment
     * and an attachment, made by the project's admin.
     */
    private Map<String, String> fixture(String path) throws Exception {
        Map<String, String> objects = new HashMap<>();
        objects.put("projectId", project);
        String tasks = "/api/v1/projects/" + project + "/tasks";
        ApiCalls.Answer task = owned("POST", tasks, "{\"title\": \"Rollenaufgabe\"}");
        objects.put("number", task.json().get("number").toString());
        String base = tasks + "/" + objects.get("number");
        if (path.contains("{checklistId}")) {
            ApiCalls.Answer checklist = owned("POST", base + "/checklists", "{\"title\": \"Liste\", \"items\": [\"Punkt\"]}");
            objects.put("checklistId", checklist.json().get("id").toString());
            objects.put("itemId", ((Map<?, ?>) ((List<?>) checklist.json().get("items")).getFirst()).get("id").toString());
        }
        if (path.contains("{commentId}")) {
            objects.put("commentId", owned("POST", base + "/comments", "{\"body\": \"Von der Projektleitung\"}")
                    .json().get("id").toString());
        }
        if (path.contains("{attachmentId}")) {
            objects.put("attachmentId", owned("UPLOAD", base + "/attachments", "Plan").json().get("id").toString());
        }
        if (path.contains("{sectionId}")) {
            ApiCalls.Answer sections = owned("GET", "/api/v1/projects/" + project + "/sections", null);
            objects.put("sectionId", ((Map<?, ?>) ((List<?>) sections.json().get("items")).getFirst()).get("id").toString());
        }
        return objects;
    }

    /** A call by the project's admin that must work; takes a new token when one's rate limit is reached. */
    private ApiCalls.Answer owned(String method, String path, String body) throws Exception {
        while (true) {
            String token = makers.get(made++ % makers.size());
            ApiCalls.Answer answer = method.equals("UPLOAD") ? api.upload(path, token, "plan.txt", body.getBytes())
                    : api.call(method, path, token, body);
            if (answer.status() == 429) {
                // This token's calls per second are used up; another token has its own (ApiTest shows both).
                makers.add(ApiCalls.token(makerWeb, makerSlug, "Vorbereitung " + makers.size(), "read", "write"));
                made = makers.size() - 1;
                continue;
            }
            assertThat(answer.status()).as(method + " " + path + " " + answer.body()).isLessThan(300);
            return answer;
        }
    }

    private static String fill(String path, Map<String, String> objects) {
        Matcher placeholder = PLACEHOLDER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, objects.get(placeholder.group(1)));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** Where a call's text could have landed. */
    private int traces(String marker) {
        return db.sql("""
                SELECT (SELECT count(*) FROM task WHERE title = :m)
                     + (SELECT count(*) FROM comment WHERE body = :m)
                     + (SELECT count(*) FROM checklist WHERE title = :m)
                     + (SELECT count(*) FROM checklist_item WHERE text = :m)
                     + (SELECT count(*) FROM section WHERE name = :m)
                     + (SELECT count(*) FROM project WHERE name = :m OR description = :m)
                     + (SELECT count(*) FROM attachment WHERE file_name = :m || '.txt')
                """).param("m", marker).query(Integer.class).single();
    }
}
