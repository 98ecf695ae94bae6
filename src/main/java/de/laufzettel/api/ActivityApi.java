package de.laufzettel.api;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.task.Task;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of a project or of one task, newest first, read from the activity log in pages:
 * the cursor names the last entry read (its time and ID), so entries written meanwhile never move
 * an entry from one page to the next.
 */
@RestController
@Tag(name = "Activity")
class ActivityApi implements ApiController {
    private static final String OF_TASK = "(a.subject_type = 'task' AND a.subject_id = :task)";

    private final JdbcClient db;
    private final JsonMapper json;
    private final ApiLookup lookup;

    ActivityApi(JdbcClient db, JsonMapper json, ApiLookup lookup) {
        this.db = db;
        this.json = json;
        this.lookup = lookup;
    }

    record ActorJson(UUID id, String name) {
    }

    record EntryJson(UUID id, String subjectType, UUID subjectId, Long taskNumber, String action, ActorJson actor,
            Map<String, Object> details, OffsetDateTime at) {
    }

    record ActivityPage(List<EntryJson> items, String nextCursor) {
    }

    private record Cursor(OffsetDateTime at, UUID id) {
    }

    @GetMapping("/api/v1/projects/{projectId}/activity")
    @Operation(summary = "A project's history (the project, its tasks, sections and tags), newest first, in pages")
    ActivityPage project(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + TasksApi.DEFAULT_LIMIT) int limit) {
        CurrentMember me = caller.reading();
        lookup.project(me, projectId);
        return page(me, de.laufzettel.activity.ActivityLog.ABOUT_PROJECT, projectId, null, cursor, limit);
    }

    @GetMapping("/api/v1/projects/{projectId}/tasks/{number}/activity")
    @Operation(summary = "A task's history, newest first, in pages")
    ActivityPage task(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + TasksApi.DEFAULT_LIMIT) int limit) {
        CurrentMember me = caller.reading();
        Task task = lookup.task(me, projectId, number);
        return page(me, OF_TASK, projectId, task.id(), cursor, limit);
    }

    @SuppressWarnings("unchecked")
    private ActivityPage page(CurrentMember me, String subjects, UUID projectId, UUID taskId, String cursor, int limit) {
        if (limit < 1 || limit > TasksApi.MAX_LIMIT) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.limit", TasksApi.MAX_LIMIT);
        }
        Cursor after = cursor == null ? null : decode(cursor);
        List<EntryJson> entries = db.sql("""
                SELECT a.id, a.subject_type, a.subject_id, t.number, a.actor_id, u.name, a.action, a.details::text,
                       a.created_at
                FROM activity a
                LEFT JOIN app_user u ON u.id = a.actor_id
                LEFT JOIN task t ON a.subject_type = 'task' AND t.organization_id = a.organization_id
                                 AND t.id = a.subject_id
                WHERE a.organization_id = :org AND\s""" + subjects + """
                  AND (CAST(:afterAt AS timestamptz) IS NULL OR (a.created_at, a.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
                ORDER BY a.created_at DESC, a.id DESC LIMIT :limit
                """)
                .param("org", me.organizationId()).param("project", projectId).param("task", taskId)
                .param("afterAt", after == null ? null : after.at()).param("afterId", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query((rs, row) -> new EntryJson(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(7),
                        rs.getObject(5) == null ? null : new ActorJson(rs.getObject(5, UUID.class), rs.getString(6)),
                        json.readValue(rs.getString(8), Map.class), rs.getObject(9, OffsetDateTime.class)))
                .list();
        boolean more = entries.size() > limit;
        List<EntryJson> items = more ? entries.subList(0, limit) : entries;
        return new ActivityPage(items, more ? encode(items.getLast()) : null);
    }

    private static String encode(EntryJson last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.at() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                return new Cursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException ignored) {
            // falls through to the refusal
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.cursor");
    }
}
