package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** A project's trash: tasks moved there leave the board and can be brought back. */
@Controller
class TrashController {
    private final Projects projects;
    private final Tasks tasks;
    private final Workspace workspace;

    TrashController(Projects projects, Tasks tasks, Workspace workspace) {
        this.projects = projects;
        this.tasks = tasks;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/projects/{id}/trash")
    ModelAndView index(CurrentMember me, @PathVariable UUID id) {
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        ModelAndView mav = new ModelAndView("task/trash");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("boardPath", TaskPaths.board(me, id));
        mav.addObject("project", project);
        mav.addObject("tasks", tasks.trashed(me, id));
        return mav;
    }

    @PostMapping("/{org}/projects/{id}/tasks/{number}/trash")
    String trash(CurrentMember me, @PathVariable UUID id, @PathVariable long number) {
        if (!tasks.setTrashed(me, projects.editable(me, id), number, true)) {
            throw new NotFoundException();
        }
        return "redirect:" + TaskPaths.board(me, id);
    }

    @DeleteMapping("/{org}/projects/{id}/tasks/{number}/trash")
    String restore(CurrentMember me, @PathVariable UUID id, @PathVariable long number) {
        if (!tasks.setTrashed(me, projects.editable(me, id), number, false)) {
            throw new NotFoundException();
        }
        return "redirect:" + TaskPaths.board(me, id) + "/trash";
    }
}
