package de.laufzettel.api;

import static de.laufzettel.api.Bodies.only;
import static de.laufzettel.api.Bodies.text;

import de.laufzettel.comment.Comment;
import de.laufzettel.comment.Comments;
import de.laufzettel.comment.Mentions;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskLookup;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's comments, in Markdown with @mentions as in the task dialog: everyone from the
 * commenter role up may comment; one changes and deletes only one's own comments.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks/{number}/comments")
@Tag(name = "Comments")
class CommentsApi implements ApiController {
    private final ApiLookup lookup;
    private final Projects projects;
    private final Comments comments;

    CommentsApi(ApiLookup lookup, Projects projects, Comments comments) {
        this.lookup = lookup;
        this.projects = projects;
        this.comments = comments;
    }

    record CommentJson(UUID id, UUID authorId, String authorName, String body, OffsetDateTime createdAt,
            OffsetDateTime editedAt) {
        static CommentJson of(Comment c) {
            return new CommentJson(c.id(), c.authorId(), c.authorName(), c.body(), c.createdAt(), c.editedAt());
        }
    }

    /** A comment's text in Markdown; @handles mention project members. */
    record CommentText(String body) {
    }

    @GetMapping
    @Operation(summary = "A task's comments, oldest first")
    Listing<CommentJson> list(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number) {
        CurrentMember me = caller.reading();
        return new Listing<>(comments.of(me, lookup.task(me, projectId, number)).stream().map(CommentJson::of).toList());
    }

    @PostMapping
    @Operation(summary = "Comment on a task (body: body, Markdown; @handles mention project members)")
    ResponseEntity<CommentJson> create(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CommentText.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        TaskLookup.Found found = lookup.taskWithProject(me, projectId, number, Project::canComment);
        Project project = found.project();
        Task task = found.task();
        only(body, CommentText.class);
        String text = text(body, "body", Comment.BODY_MAX, true);
        UUID id = comments.add(me, task, text, Mentions.in(text, projects.members(me, project)));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/tasks/" + number + "/comments/" + id))
                .body(find(me, task, id));
    }

    @PatchMapping("/{commentId}")
    @Operation(summary = "Change one's own comment (body: body)")
    CommentJson update(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID commentId, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CommentText.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        TaskLookup.Found found = lookup.taskWithProject(me, projectId, number, Project::canComment);
        Project project = found.project();
        Task task = found.task();
        own(me, task, commentId);
        only(body, CommentText.class);
        String text = text(body, "body", Comment.BODY_MAX, true);
        comments.edit(me, task, commentId, text, Mentions.in(text, projects.members(me, project)));
        return find(me, task, commentId);
    }

    @DeleteMapping("/{commentId}")
    @Operation(summary = "Delete one's own comment")
    ResponseEntity<Void> delete(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID commentId) {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canComment);
        own(me, task, commentId);
        comments.delete(me, task, commentId);
        return ResponseEntity.noContent().build();
    }

    private void own(CurrentMember me, Task task, UUID commentId) {
        if (!comments.find(me, task, commentId).orElseThrow(NotFoundException::new).authorId().equals(me.userId())) {
            throw new ForbiddenException();
        }
    }

    private CommentJson find(CurrentMember me, Task task, UUID id) {
        return CommentJson.of(comments.find(me, task, id).orElseThrow(NotFoundException::new));
    }
}
