package de.laufzettel.api;

import static de.laufzettel.api.Bodies.only;
import static de.laufzettel.api.Bodies.positive;
import static de.laufzettel.api.Bodies.text;
import static de.laufzettel.api.Bodies.uuid;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.ProjectAccess;
import de.laufzettel.project.ProjectMember;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Due;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskChanges;
import de.laufzettel.task.Tags;
import de.laufzettel.task.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import de.laufzettel.web.NotFoundException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's tasks: list (cursor pagination by task number), read (with an {@code ETag}), create
 * (honouring {@code Idempotency-Key}) and change ({@code If-Match} required; 412 when someone
 * changed the task since). Bodies are read as plain maps and only the documented fields are taken;
 * an unknown field is refused (400), so a typo or an attempt to set the organisation, the author
 * or a timestamp never passes silently.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks")
@Tag(name = "Tasks")
class TasksApi implements ApiController {
    static final int DEFAULT_LIMIT = 100;
    /** A whole board (10 sections of 100) in one page, like the board page shows it. */
    static final int MAX_LIMIT = 1000;

    private final JdbcClient db;
    private final Projects projects;
    private final Tasks tasks;
    private final de.laufzettel.board.Sections sections;
    private final Idempotency idempotency;
    private final TransactionTemplate tx;
    private final Tags tags;

    TasksApi(JdbcClient db, Projects projects, Tasks tasks, de.laufzettel.board.Sections sections,
            Idempotency idempotency, TransactionTemplate tx, Tags tags) {
        this.tags = tags;
        this.db = db;
        this.projects = projects;
        this.tasks = tasks;
        this.sections = sections;
        this.idempotency = idempotency;
        this.tx = tx;
    }

    record TaskJson(UUID id, long number, UUID projectId, UUID sectionId, String title, String notes, UUID assigneeId,
            LocalDate dueDate, LocalTime dueTime, boolean completed, OffsetDateTime completedAt, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, List<UUID> tagIds) {
    }

    record TaskPage(List<TaskJson> items, String nextCursor) {
    }

    /** The project's tasks outside the trash; an access condition follows. */
    private static final String PROJECT_TASKS = """
            FROM task t
            WHERE t.organization_id = :org AND t.project_id = :project AND t.trashed_at IS NULL AND\s""";

    private static final String COLUMNS = """
            SELECT t.id, t.number, t.project_id, t.section_id, t.title, t.notes, t.assignee_id, t.due_date, t.due_time,
                   t.completed_at, t.version, t.created_at, t.updated_at, t.tag_ids
            """ + PROJECT_TASKS;

    /** A new task: its title and, if wanted, the rest; without sectionId it goes into the first section. */
    record NewTask(String title, String notes, UUID sectionId, UUID assigneeId, LocalDate dueDate, LocalTime dueTime,
            List<UUID> tagIds) {
    }

    /**
     * A change names only what it changes: dialog fields, completion, tags (the whole set), and a
     * move (sectionId and/or position, 1 = top; the end of the section when only sectionId is given).
     */
    record TaskChange(String title, String notes, UUID sectionId, Integer position, UUID assigneeId, LocalDate dueDate,
            LocalTime dueTime, Boolean completed, List<UUID> tagIds) {
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "A project's tasks (not in the trash) by number, in pages: pass nextCursor as cursor")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TaskPage.class)))
    ResponseEntity<byte[]> list(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        CurrentMember me = caller.reading();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.limit", MAX_LIMIT);
        }
        long after = cursor == null ? 0 : decode(cursor);
        // Each item is written as JSON straight from its row (TaskJsonRows), so a page of a thousand
        // tasks is not first turned into a thousand Java objects and then into text again.
        TaskJsonRows json = new TaskJsonRows(projectId, limit * 450 + 64).ascii("{\"items\":[");
        long[] read = new long[2]; // rows read, number of the last one written
        db.sql("SELECT " + TaskJsonRows.COLUMNS + PROJECT_TASKS
                        + ProjectAccess.visible(":project") + " AND t.number > :after ORDER BY t.number LIMIT :limit")
                .param("org", me.organizationId()).param("project", projectId).param("user", me.userId())
                .param("after", after).param("limit", limit + 1)
                .query(rs -> {
                    if (++read[0] > limit) {
                        return; // the one beyond the page only says that there are more
                    }
                    json.ascii(read[0] == 1 ? "" : ",");
                    json.append(rs);
                    read[1] = rs.getLong(2);
                });
        if (read[0] == 0) {
            // A project the caller may not see is a 404, not an empty list.
            projects.findAccessible(me, projectId).orElseThrow(NotFoundException::new);
        }
        json.ascii("],\"nextCursor\":").ascii(read[0] > limit ? "\"" + encode(read[1]) + "\"" : "null").ascii("}");
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(json.toBytes());
    }

    @GetMapping("/{number}")
    @Operation(summary = "One task, with an ETag for If-Match")
    ResponseEntity<TaskJson> get(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number) {
        TaskJson task = load(caller.reading(), projectId, number);
        return ResponseEntity.ok().eTag(etag(task)).body(task);
    }

    @PostMapping
    @Operation(summary = "Create a task (first section unless sectionId is given); a repeated Idempotency-Key "
            + "answers with the first result")
    ResponseEntity<?> create(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = NewTask.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Project project = projects.editable(me, projectId);
        only(body, NewTask.class);
        // Everything is read before anything is written, so a bad field creates nothing.
        String title = text(body, "title", Tasks.TITLE_MAX, true);
        Changes changes = Changes.of(body, () -> projects.members(me, project), tagIds(me, project, body));
        UUID section = body.get("sectionId") != null ? uuid(body, "sectionId")
                : sections.of(me.organizationId(), project.id()).stream().findFirst()
                        .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "api.problem.noSection")).id();
        long number = tasks.reserveNumber(me);
        TaskChanges initial = changes.initial(title);
        return idempotency.once(caller, projectId, key, body, () -> {
            // Title, notes, assignee and due date go into the new row; completion and tags follow.
            tasks.create(me, project, section, number, initial);
            if (changes.completed() != null || changes.tagIds() != null) {
                changes.applyCompletionAndTags(tasks, tags, me, project,
                        tasks.find(me, projectId, number).orElseThrow(NotFoundException::new));
            }
            TaskJson task = load(me, projectId, number);
            return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/tasks/" + number))
                    .eTag(etag(task)).body(task);
        });
    }

    @PatchMapping("/{number}")
    @Operation(summary = "Change, move or complete a task; If-Match with the task's ETag is required (412 when stale)")
    ResponseEntity<TaskJson> update(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @RequestHeader("If-Match") String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TaskChange.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Project project = projects.editable(me, projectId);
        only(body, TaskChange.class);
        int expected = Versions.of(ifMatch);
        Changes changes = Changes.of(body, () -> projects.members(me, project), tagIds(me, project, body));
        Move move = Move.of(body);
        return tx.execute(status -> {
            // The version is compared on the locked row, so no other change slips in between.
            Integer current = db.sql("""
                    SELECT version FROM task WHERE organization_id = :org AND project_id = :project AND number = :number
                      AND trashed_at IS NULL FOR UPDATE
                    """).param("org", me.organizationId()).param("project", projectId).param("number", number)
                    .query(Integer.class).optional().orElseThrow(NotFoundException::new);
            if (current != expected) {
                throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "api.problem.stale", current);
            }
            Task task = tasks.find(me, projectId, number).orElseThrow(NotFoundException::new);
            changes.apply(tasks, tags, me, project, task);
            if (move != null) {
                tasks.move(me, project, task, move.section() == null ? task.sectionId() : move.section(), move.position());
            }
            TaskJson changed = load(me, projectId, number);
            return ResponseEntity.ok().eTag(etag(changed)).body(changed);
        });
    }

    @DeleteMapping("/{number}")
    @Operation(summary = "Move a task to the project's trash (restorable in the web interface)")
    ResponseEntity<Void> trash(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number) {
        CurrentMember me = caller.writing();
        Project project = projects.editable(me, projectId);
        if (!tasks.setTrashed(me, project, number, true)) {
            throw new NotFoundException();
        }
        return ResponseEntity.noContent().build();
    }

    /** The tags a body sets ({@code tagIds}, all of this project), or null when it names none. */
    private Set<UUID> tagIds(CurrentMember me, Project project, Map<String, Object> body) {
        if (!body.containsKey("tagIds")) {
            return null;
        }
        if (!(body.get("tagIds") instanceof List<?> ids) || ids.size() > 100) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", "tagIds");
        }
        Set<UUID> known = new java.util.HashSet<>(tags.of(me, project.id()).stream().map(de.laufzettel.task.Tag::id).toList());
        Set<UUID> chosen = new java.util.LinkedHashSet<>();
        for (Object id : ids) {
            UUID tag = uuid(id, "tagIds");
            if (!known.contains(tag)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.unknownTag", tag);
            }
            chosen.add(tag);
        }
        return chosen;
    }

    /**
     * The fields of a body that change a task as its dialog does, read and checked at once: null
     * (or {@code set…} false) where the body does not name the field.
     */
    private record Changes(String title, String notes, boolean setAssignee, UUID assignee, boolean setDue,
            LocalDate dueDate, LocalTime dueTime, Boolean completed, Set<UUID> tagIds) {

        static Changes of(Map<String, Object> body, java.util.function.Supplier<List<ProjectMember>> members,
                Set<UUID> tagIds) {
            UUID assignee = null;
            if (body.get("assigneeId") != null) {
                assignee = uuid(body, "assigneeId");
                if (members.get().stream().map(ProjectMember::userId).noneMatch(assignee::equals)) {
                    throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.notMember");
                }
            }
            if (body.containsKey("completed") && !(body.get("completed") instanceof Boolean)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", "completed");
            }
            boolean setDue = body.containsKey("dueDate") || body.containsKey("dueTime");
            LocalDate date = date(body);
            LocalTime time = time(body);
            return new Changes(body.containsKey("title") ? text(body, "title", Tasks.TITLE_MAX, true) : null,
                    body.containsKey("notes") ? text(body, "notes", Tasks.NOTES_MAX, false) : null,
                    body.containsKey("assigneeId"), assignee, setDue, date, time, (Boolean) body.get("completed"), tagIds);
        }

        /** What a new task starts with: the given title, and notes, assignee and due date as named. */
        TaskChanges initial(String newTitle) {
            if (dueTime != null && dueDate == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.timeWithoutDate");
            }
            return new TaskChanges(newTitle, notes == null ? "" : notes, assignee,
                    dueDate == null ? null : Due.of(dueDate, dueTime));
        }

        /** Changes an existing task: the fields named, and completion and tags when named. */
        void apply(Tasks tasks, Tags tags, CurrentMember me, Project project, Task task) {
            if (title != null || notes != null || setAssignee || setDue) {
                LocalDate date = setDue ? dueDate : task.due() == null ? null : task.due().date();
                LocalTime time = setDue ? dueTime : task.due() == null ? null : task.due().time();
                if (time != null && date == null) {
                    throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.timeWithoutDate");
                }
                TaskChanges changes = new TaskChanges(title != null ? title : task.title(),
                        notes != null ? notes : task.notes(), setAssignee ? assignee : task.assigneeId(),
                        date == null ? null : Due.of(date, time));
                if (!tasks.update(me, task, changes, task.version())) {
                    throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "api.problem.stale", task.version());
                }
            }
            applyCompletionAndTags(tasks, tags, me, project, task);
        }

        void applyCompletionAndTags(Tasks tasks, Tags tags, CurrentMember me, Project project, Task task) {
            if (completed != null) {
                tasks.setCompleted(me, task, completed);
            }
            if (tagIds != null) {
                tags.setOnTask(me, project, task, tagIds);
            }
        }
    }

    /** Where a task goes: another section and/or a position (1 = top; the end when not given). */
    private record Move(UUID section, int position) {
        static Move of(Map<String, Object> body) {
            if (!body.containsKey("sectionId") && !body.containsKey("position")) {
                return null;
            }
            return new Move(body.containsKey("sectionId") ? uuid(body, "sectionId") : null,
                    body.get("position") == null ? Integer.MAX_VALUE : positive(body, "position"));
        }
    }

    private TaskJson load(CurrentMember me, UUID projectId, long number) {
        return db.sql(COLUMNS + ProjectAccess.visible(":project") + " AND t.number = :number")
                .param("org", me.organizationId()).param("project", projectId).param("user", me.userId())
                .param("number", number).query(TasksApi::row).optional().orElseThrow(NotFoundException::new);
    }

    private static TaskJson row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID[] tags = (UUID[]) rs.getArray("tag_ids").getArray();
        return new TaskJson(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("project_id", UUID.class),
                rs.getObject("section_id", UUID.class), rs.getString("title"), rs.getString("notes"),
                rs.getObject("assignee_id", UUID.class), rs.getObject("due_date", LocalDate.class),
                rs.getObject("due_time", LocalTime.class), rs.getObject("completed_at") != null,
                rs.getObject("completed_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                List.of(tags));
    }

    static String etag(TaskJson task) {
        return Versions.etag(task.version());
    }

    private static String encode(long number) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("n" + number).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.matches("n\\d{1,18}")) {
                return Long.parseLong(text.substring(1));
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.cursor");
    }

    private static LocalDate date(Map<String, Object> body) {
        try {
            LocalDate date = body.get("dueDate") == null ? null : LocalDate.parse(String.valueOf(body.get("dueDate")));
            if (date != null && !Due.plausible(date)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", "dueDate");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", "dueDate");
        }
    }

    private static LocalTime time(Map<String, Object> body) {
        try {
            return body.get("dueTime") == null ? null : LocalTime.parse(String.valueOf(body.get("dueTime")));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", "dueTime");
        }
    }
}
