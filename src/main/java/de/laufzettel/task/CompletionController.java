package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Completing a task creates its completion; reopening deletes it. */
@Controller
class CompletionController {
    private final TaskLookup lookup;
    private final Tasks tasks;

    CompletionController(TaskLookup lookup, Tasks tasks) {
        this.lookup = lookup;
        this.tasks = tasks;
    }

    @PostMapping("/{org}/projects/{projectId}/tasks/{number}/completion")
    String complete(CurrentMember me, @PathVariable UUID projectId, @PathVariable long number,
            @org.springframework.web.bind.annotation.RequestParam(name = "back", required = false) String back) {
        return change(me, projectId, number, true, back);
    }

    @DeleteMapping("/{org}/projects/{projectId}/tasks/{number}/completion")
    String reopen(CurrentMember me, @PathVariable UUID projectId, @PathVariable long number,
            @org.springframework.web.bind.annotation.RequestParam(name = "back", required = false) String back) {
        return change(me, projectId, number, false, back);
    }

    /** Back to the task, or to "Meine Aufgaben" when completed from there (no other address is accepted). */
    private String change(CurrentMember me, UUID projectId, long number, boolean completed, String back) {
        tasks.setCompleted(me, lookup.find(me, projectId, number, Project::canEdit).task(), completed);
        return "redirect:" + TaskPaths.back(back, me, projectId, number);
    }
}
