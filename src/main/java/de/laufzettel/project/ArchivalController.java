package de.laufzettel.project;

import de.laufzettel.organization.CurrentMember;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Archiving a project is creating its archival; restoring it is deleting that. */
@Controller
class ArchivalController {
    private final Projects projects;

    ArchivalController(Projects projects) {
        this.projects = projects;
    }

    @PostMapping("/{org}/projects/{id}/archival")
    String archive(CurrentMember me, @PathVariable UUID id) {
        projects.setArchived(me, projects.manageable(me, id), true);
        return "redirect:/" + me.slug() + "/projects?archived=true";
    }

    @DeleteMapping("/{org}/projects/{id}/archival")
    String restore(CurrentMember me, @PathVariable UUID id) {
        projects.setArchived(me, projects.manageable(me, id), false);
        return "redirect:/" + me.slug() + "/projects";
    }
}
