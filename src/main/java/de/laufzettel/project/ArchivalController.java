package de.laufzettel.project;

import de.laufzettel.organization.CurrentMember;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/** Archiving a project is creating its archival; restoring it is deleting that. */
@Controller
class ArchivalController {
    private final Projects projects;

    ArchivalController(Projects projects) {
        this.projects = projects;
    }

    @PostMapping("/{org}/projects/{id}/archival")
    ModelAndView archive(CurrentMember me, @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Project project = projects.manageable(me, id);
        projects.setArchived(me, project, true);
        return answer(me, project, true, htmx != null);
    }

    @DeleteMapping("/{org}/projects/{id}/archival")
    ModelAndView restore(CurrentMember me, @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Project project = projects.manageable(me, id);
        projects.setArchived(me, project, false);
        return answer(me, project, false, htmx != null);
    }

    /**
     * From the list, htmx removes the card in place and this answer only tells (also to screen
     * readers) what happened; without JavaScript the browser goes to the list the project moved to.
     */
    private static ModelAndView answer(CurrentMember me, Project project, boolean archived, boolean inPlace) {
        if (!inPlace) {
            return new ModelAndView("redirect:/" + me.slug() + "/projects" + (archived ? "?archived=true" : ""));
        }
        ModelAndView mav = new ModelAndView("project/archival-status");
        mav.addObject("slug", me.slug());
        mav.addObject("name", project.name());
        mav.addObject("archived", archived);
        return mav;
    }
}
