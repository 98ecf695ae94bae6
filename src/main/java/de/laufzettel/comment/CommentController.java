package de.laufzettel.comment;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskLookup;
import de.laufzettel.task.TaskPaths;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.Form;
import de.laufzettel.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Comments (by everyone who may comment; each edits and deletes only their own) and watching a task. */
@Controller
class CommentController {
    private static final String TASK = "/{org}/projects/{id}/tasks/{number}";

    private final Projects projects;
    private final Tasks tasks;
    private final TaskLookup lookup;
    private final Comments comments;

    CommentController(Projects projects, Tasks tasks, TaskLookup lookup, Comments comments) {
        this.projects = projects;
        this.tasks = tasks;
        this.lookup = lookup;
        this.comments = comments;
    }

    @PostMapping(TASK + "/comments")
    String add(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
        TaskLookup.Found found = lookup.find(me, id, number, Project::canComment);
        Project project = found.project();
        Task task = found.task();
        if (valid(body, flash)) {
            comments.add(me, task, body.strip(), Mentions.in(body, projects.members(me, project)));
        }
        return back(me, id, number);
    }

    @PutMapping(TASK + "/comments/{commentId}")
    String edit(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID commentId,
            @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
        TaskLookup.Found found = lookup.find(me, id, number, Project::canComment);
        Project project = found.project();
        Task task = found.task();
        ownComment(me, task, commentId);
        if (valid(body, flash)) {
            comments.edit(me, task, commentId, body.strip(), Mentions.in(body, projects.members(me, project)));
        }
        return back(me, id, number);
    }

    @DeleteMapping(TASK + "/comments/{commentId}")
    String delete(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID commentId) {
        Task task = lookup.find(me, id, number, Project::canComment).task();
        ownComment(me, task, commentId);
        comments.delete(me, task, commentId);
        return back(me, id, number);
    }

    @PostMapping(TASK + "/watch")
    String watch(CurrentMember me, @PathVariable UUID id, @PathVariable long number) {
        comments.watch(me, task(me, id, number), me.userId());
        return back(me, id, number);
    }

    @DeleteMapping(TASK + "/watch")
    String unwatch(CurrentMember me, @PathVariable UUID id, @PathVariable long number) {
        comments.unwatch(me, task(me, id, number), me.userId());
        return back(me, id, number);
    }

    /** Someone else (a member of the project) watches the task from now on; for those who edit tasks. */
    @PostMapping(TASK + "/watchers")
    String addWatcher(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(name = "userId", required = false) UUID person) {
        TaskLookup.Found found = lookup.find(me, id, number, Project::canEdit);
        Project project = found.project();
        Task task = found.task();
        if (person == null || projects.members(me, project).stream().noneMatch(m -> m.userId().equals(person))) {
            throw new NotFoundException();
        }
        comments.setWatcher(me, task, person, true);
        return back(me, id, number);
    }

    @DeleteMapping(TASK + "/watchers/{person}")
    String removeWatcher(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID person) {
        comments.setWatcher(me, lookup.find(me, id, number, Project::canEdit).task(), person, false);
        return back(me, id, number);
    }

    /** A task the member may see (its own read checks access to the project). */
    private Task task(CurrentMember me, UUID id, long number) {
        return tasks.find(me, id, number).orElseThrow(NotFoundException::new);
    }

    private void ownComment(CurrentMember me, Task task, UUID commentId) {
        Comment comment = comments.find(me, task, commentId).orElseThrow(NotFoundException::new);
        if (!comment.authorId().equals(me.userId())) {
            throw new ForbiddenException();
        }
    }

    private static boolean valid(String body, RedirectAttributes flash) {
        Form form = Form.empty().with("body", body).requireText("body", Comment.BODY_MAX);
        if (form.hasErrors()) {
            flash.addFlashAttribute("commentError", form.error("body"));
        }
        return !form.hasErrors();
    }

    private static String back(CurrentMember me, UUID id, long number) {
        return "redirect:" + TaskPaths.task(me, id, number);
    }
}
