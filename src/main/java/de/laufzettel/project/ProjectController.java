package de.laufzettel.project;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.web.Form;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The project list and a project's own page; archiving is its own resource ({@link ArchivalController}). */
@Controller
class ProjectController {
    static final int NAME_MAX = Project.NAME_MAX;
    static final int DESCRIPTION_MAX = Project.DESCRIPTION_MAX;

    private final Projects projects;
    private final Workspace workspace;

    ProjectController(Projects projects, Workspace workspace) {
        this.projects = projects;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/projects")
    ModelAndView index(CurrentMember me, @RequestParam(defaultValue = "false") boolean archived) {
        return list(me, archived, Form.empty(), HttpStatus.OK);
    }

    @PostMapping("/{org}/projects")
    ModelAndView create(CurrentMember me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description) {
        Form form = validated(name, description);
        if (form.hasErrors()) {
            return list(me, false, form, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Project project = projects.create(me, form.value("name"), form.value("description"));
        return new ModelAndView("redirect:/" + me.slug() + "/projects/" + project.id());
    }

    @GetMapping("/{org}/projects/{id}/edit")
    ModelAndView edit(CurrentMember me, @PathVariable UUID id) {
        Project project = projects.manageable(me, id);
        return editPage(me, project, Form.empty().with("name", project.name())
                .with("description", project.description()), null, HttpStatus.OK);
    }

    @PutMapping("/{org}/projects/{id}")
    ModelAndView update(CurrentMember me, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "-1") int version) {
        Project project = projects.manageable(me, id);
        Form form = validated(name, description);
        if (form.hasErrors()) {
            return editPage(me, project, form, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (!projects.update(me, project, form.value("name"), form.value("description"), version)) {
            Project newer = projects.manageable(me, id);
            return editPage(me, newer, form, newer, HttpStatus.CONFLICT);
        }
        return new ModelAndView("redirect:/" + me.slug() + "/projects/" + id);
    }

    private static Form validated(String name, String description) {
        Form form = Form.empty().with("name", name).with("description", description.strip())
                .requireText("name", NAME_MAX);
        if (form.value("description").length() > DESCRIPTION_MAX) {
            form.reject("description", "validation.tooLong.5000");
        }
        return form;
    }

    private ModelAndView list(CurrentMember me, boolean archived, Form form, HttpStatus status) {
        ModelAndView mav = new ModelAndView("project/list");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("slug", me.slug());
        mav.addObject("archived", archived);
        mav.addObject("projects", projects.list(me, archived));
        mav.addObject("form", form);
        mav.setStatus(status);
        return mav;
    }

    private ModelAndView editPage(CurrentMember me, Project project, Form form, Project conflict, HttpStatus status) {
        ModelAndView mav = new ModelAndView("project/edit");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("slug", me.slug());
        mav.addObject("project", project);
        mav.addObject("form", form);
        mav.addObject("conflict", conflict);
        mav.setStatus(status);
        return mav;
    }
}
