package de.laufzettel.webhook;

import de.laufzettel.activity.ActivityRecorded;
import de.laufzettel.web.PublicAddress;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of an event, taken as a snapshot inside the transaction of the change: the task
 * as it is right after the change, so a retry a day later still says what was true then.
 */
@Component
class Payloads {
    private static final String TASK = """
            SELECT o.slug, p.name AS project_name, t.project_id, t.number, t.title, s.id AS section_id,
                   s.name AS section_name, t.assignee_id, au.name AS assignee_name, t.due_date, t.due_time,
                   t.completed_at IS NOT NULL AS completed, t.trashed_at IS NOT NULL AS trashed,
                   actor.name AS actor_name, now() AS occurred_at
            FROM task t
            JOIN organization o ON o.id = t.organization_id
            JOIN project p ON p.organization_id = t.organization_id AND p.id = t.project_id
            JOIN section s ON s.organization_id = t.organization_id AND s.id = t.section_id
            LEFT JOIN app_user au ON au.id = t.assignee_id
            LEFT JOIN app_user actor ON actor.id = :actor
            WHERE t.organization_id = :org AND t.id = :task
            """;

    private final JdbcClient db;
    private final JsonMapper json;
    private final PublicAddress address;

    Payloads(JdbcClient db, JsonMapper json, PublicAddress address) {
        this.db = db;
        this.json = json;
        this.address = address;
    }

    /** The body for a task's activity; empty when the task is gone (nothing to tell then). */
    Optional<String> of(ActivityRecorded activity, WebhookEvent event) {
        Optional<Map<String, Object>> snapshot = db.sql(TASK).param("org", activity.organizationId()).param("task", activity.subjectId())
                .param("actor", activity.actorId())
                .query((rs, row) -> {
                    String slug = rs.getString("slug");
                    UUID projectId = rs.getObject("project_id", UUID.class);
                    Map<String, Object> body = head(activity.id(), event, rs.getObject("occurred_at", OffsetDateTime.class),
                            activity.organizationId(), slug, projectId, rs.getString("project_name"),
                            activity.actorId(), rs.getString("actor_name"));
                    body.put("action", activity.action());
                    Map<String, Object> task = new LinkedHashMap<>();
                    task.put("id", activity.subjectId());
                    task.put("number", rs.getLong("number"));
                    task.put("title", rs.getString("title"));
                    task.put("section", Map.of("id", rs.getObject("section_id", UUID.class), "name", rs.getString("section_name")));
                    UUID assignee = rs.getObject("assignee_id", UUID.class);
                    task.put("assignee", assignee == null ? null : Map.of("id", assignee, "name", rs.getString("assignee_name")));
                    task.put("dueDate", rs.getString("due_date"));
                    task.put("dueTime", rs.getString("due_time"));
                    task.put("completed", rs.getBoolean("completed"));
                    task.put("trashed", rs.getBoolean("trashed"));
                    long number = rs.getLong("number");
                    task.put("url", address.configured().map(base -> base + "/" + slug + "/projects/" + projectId
                            + "/tasks/" + number).orElse(null));
                    body.put("task", task);
                    body.put("details", activity.details());
                    return body;
                })
                .optional();
        snapshot.ifPresent(b -> comment(activity, event).ifPresent(comment -> b.put("comment", comment)));
        return snapshot.map(json::writeValueAsString);
    }

    /** The body of a test event. */
    String ping(UUID eventId, UUID organizationId, String slug, UUID projectId, String projectName, UUID webhookId,
            UUID actorId, String actorName) {
        Map<String, Object> body = head(eventId, WebhookEvent.PING, OffsetDateTime.now(java.time.ZoneOffset.UTC),
                organizationId, slug, projectId, projectName, actorId, actorName);
        body.put("webhook", Map.of("id", webhookId));
        return json.writeValueAsString(body);
    }

    private static Map<String, Object> head(UUID id, WebhookEvent event, OffsetDateTime occurredAt, UUID organizationId,
            String slug, UUID projectId, String projectName, UUID actorId, String actorName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("event", event.code());
        body.put("occurredAt", occurredAt.withOffsetSameInstant(java.time.ZoneOffset.UTC).toString());
        body.put("organization", Map.of("id", organizationId, "slug", slug));
        body.put("project", Map.of("id", projectId, "name", projectName));
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("id", actorId);
        actor.put("name", actorName);
        body.put("actor", actorId == null ? null : actor);
        return body;
    }

    /** The comment's text for new and edited comments, which is what a chat or ticket system wants to show. */
    private Optional<Map<String, Object>> comment(ActivityRecorded activity, WebhookEvent event) {
        if (!(activity.details().get("comment") instanceof String id)) {
            return Optional.empty();
        }
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", id);
        if (event == WebhookEvent.COMMENT_CREATED || event == WebhookEvent.COMMENT_UPDATED) {
            comment.put("body", db.sql("SELECT body FROM comment WHERE organization_id = :org AND id = CAST(:id AS uuid)")
                    .param("org", activity.organizationId()).param("id", id).query(String.class).optional().orElse(null));
        }
        return Optional.of(comment);
    }
}
