package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A task's place on the board: section and position. Dragging a card and the keyboard's
 * "Verschieben" form both send the same request.
 */
@Controller
class TaskPositionController {
    private final TaskLookup lookup;
    private final Tasks tasks;

    TaskPositionController(TaskLookup lookup, Tasks tasks) {
        this.lookup = lookup;
        this.tasks = tasks;
    }

    @PutMapping("/{org}/projects/{projectId}/tasks/{number}/position")
    ResponseEntity<String> move(CurrentMember me, @PathVariable UUID projectId, @PathVariable long number,
            @RequestParam UUID section, @RequestParam(defaultValue = "1") int position,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "X-Requested-With", required = false) String script) {
        TaskLookup.Found found = lookup.find(me, projectId, number, Project::canEdit);
        tasks.move(me, found.project(), found.task(), section, Math.max(1, position));
        if (htmx == null && script == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header("Location", TaskPaths.board(me, projectId) + "#card-" + number).build();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("moved");
    }
}
