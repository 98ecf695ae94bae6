package de.laufzettel.live;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Projects;
import de.laufzettel.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A board's live stream. Subscribing is checked exactly like opening the board. */
@Controller
class LiveController {
    private final Projects projects;
    private final LiveBoards boards;

    LiveController(Projects projects, LiveBoards boards) {
        this.projects = projects;
        this.boards = boards;
    }

    @GetMapping(path = "/{org}/projects/{id}/live", produces = "text/event-stream")
    SseEmitter watch(CurrentMember me, @PathVariable UUID id) {
        projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        return boards.watchAll(java.util.List.of(id), me.userId());
    }

    /** The stream of pages that show no board: only the person's own notification events. */
    @GetMapping(path = "/live", produces = "text/event-stream")
    SseEmitter watchOwn(@org.springframework.security.core.annotation.AuthenticationPrincipal
            de.laufzettel.account.SignedInUser user) {
        return boards.watchAll(java.util.List.of(), user.id());
    }
}
