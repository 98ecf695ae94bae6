package de.laufzettel.agenda;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskPaths;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A pin puts any task one can see onto one's own agenda; it is a resource of the task. */
@Controller
class PinController {
    private static final String PIN = "/{org}/projects/{id}/tasks/{number}/pin";

    private final Tasks tasks;
    private final Agenda agenda;

    PinController(Tasks tasks, Agenda agenda) {
        this.tasks = tasks;
        this.agenda = agenda;
    }

    @PostMapping(PIN)
    String pin(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(name = "back", required = false) String back) {
        return set(me, id, number, true, back);
    }

    @DeleteMapping(PIN)
    String unpin(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(name = "back", required = false) String back) {
        return set(me, id, number, false, back);
    }

    private String set(CurrentMember me, UUID projectId, long number, boolean pinned, String back) {
        Task task = tasks.find(me, projectId, number).orElseThrow(NotFoundException::new);
        agenda.setPinned(me.userId(), me.organizationId(), task.id(), pinned);
        return "redirect:" + TaskPaths.back(back, me, projectId, number);
    }
}
