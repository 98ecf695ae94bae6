package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.web.Form;
import de.laufzettel.web.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A project's tags (everyone who works on tasks may shape them) and the tags of a task. */
@Controller
class TagController {
    private final Projects projects;
    private final Tasks tasks;
    private final TaskLookup lookup;
    private final Tags tags;
    private final Workspace workspace;

    TagController(Projects projects, Tasks tasks, TaskLookup lookup, Tags tags, Workspace workspace) {
        this.projects = projects;
        this.tasks = tasks;
        this.lookup = lookup;
        this.tags = tags;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/projects/{id}/tags")
    ModelAndView index(CurrentMember me, @PathVariable UUID id) {
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        return page(me, project, Form.empty().with("colour", "blue"), HttpStatus.OK);
    }

    @PostMapping("/{org}/projects/{id}/tags")
    ModelAndView create(CurrentMember me, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String colour) {
        Project project = projects.editable(me, id);
        Form form = validated(me, project, name, colour, null);
        if (form.hasErrors()) {
            return page(me, project, form, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        tags.create(me, project, form.value("name"), colour);
        return redirect(me, id);
    }

    @PutMapping("/{org}/projects/{id}/tags/{tagId}")
    ModelAndView update(CurrentMember me, @PathVariable UUID id, @PathVariable UUID tagId,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String colour) {
        Project project = projects.editable(me, id);
        Tag tag = tags.find(me, id, tagId).orElseThrow(NotFoundException::new);
        Form form = validated(me, project, name, colour, tagId);
        if (form.hasErrors()) {
            return page(me, project, form, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        tags.update(me, project, tag, form.value("name"), colour);
        return redirect(me, id);
    }

    @DeleteMapping("/{org}/projects/{id}/tags/{tagId}")
    ModelAndView delete(CurrentMember me, @PathVariable UUID id, @PathVariable UUID tagId) {
        Project project = projects.editable(me, id);
        tags.delete(me, project, tags.find(me, id, tagId).orElseThrow(NotFoundException::new));
        return redirect(me, id);
    }

    /** The tags a task carries: exactly those ticked in the dialog. */
    @PutMapping("/{org}/projects/{id}/tasks/{number}/tags")
    String tag(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(name = "tag", required = false) List<UUID> tagIds) {
        TaskLookup.Found found = lookup.find(me, id, number, Project::canEdit);
        Project project = found.project();
        Task task = found.task();
        Set<UUID> chosen = new HashSet<>(tagIds == null ? List.of() : tagIds);
        Set<UUID> known = new HashSet<>(tags.of(me, id).stream().map(Tag::id).toList());
        if (!known.containsAll(chosen)) {
            throw new NotFoundException();
        }
        tags.setOnTask(me, project, task, chosen);
        return "redirect:" + TaskPaths.task(me, id, number);
    }

    private Form validated(CurrentMember me, Project project, String name, String colour, UUID except) {
        Form form = Form.empty().with("name", name).with("colour", colour).requireText("name", Tag.NAME_MAX);
        if (!Tag.COLOURS.contains(colour)) {
            form.reject("colour", "tags.colour.invalid");
        }
        if (!form.hasError("name") && tags.nameTaken(me, project, form.value("name"), except)) {
            form.reject("name", "tags.name.taken");
        }
        return form;
    }

    private ModelAndView page(CurrentMember me, Project project, Form form, HttpStatus status) {
        ModelAndView mav = new ModelAndView("task/tags");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("boardPath", TaskPaths.board(me, project.id()));
        mav.addObject("project", project);
        mav.addObject("tags", tags.of(me, project.id()));
        mav.addObject("form", form);
        mav.setStatus(status);
        return mav;
    }

    private static ModelAndView redirect(CurrentMember me, UUID id) {
        return new ModelAndView("redirect:" + TaskPaths.board(me, id) + "/tags");
    }
}
