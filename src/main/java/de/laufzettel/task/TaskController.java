package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.web.Form;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating a task (quick add at the foot of a section) and changing its title and notes. */
@Controller
class TaskController {
    private final Projects projects;
    private final Tasks tasks;
    private final TaskLookup lookup;

    TaskController(Projects projects, Tasks tasks, TaskLookup lookup) {
        this.projects = projects;
        this.tasks = tasks;
        this.lookup = lookup;
    }

    @PostMapping("/{org}/projects/{projectId}/sections/{sectionId}/tasks")
    ModelAndView create(CurrentMember me, @PathVariable UUID projectId, @PathVariable UUID sectionId,
            @RequestParam(defaultValue = "") String title,
            @RequestHeader(name = "HX-Request", required = false) String htmx, RedirectAttributes flash) {
        Project project = projects.editable(me, projectId);
        Form form = Form.empty().with("title", title).requireText("title", Tasks.TITLE_MAX);
        if (form.hasErrors()) {
            if (htmx != null) {
                return fragment("task/quick-add-error", HttpStatus.UNPROCESSABLE_CONTENT, "message", form.error("title"));
            }
            flash.addFlashAttribute("quickAddError", form.error("title"));
            return new ModelAndView("redirect:" + TaskPaths.board(me, projectId));
        }
        TaskCard card = tasks.create(me, project, sectionId, form.value("title"));
        if (htmx != null) {
            ModelAndView mav = fragment("task/card", HttpStatus.OK, "card", card);
            mav.addObject("boardPath", TaskPaths.board(me, projectId));
            return mav;
        }
        return new ModelAndView("redirect:" + TaskPaths.board(me, projectId));
    }

    @PutMapping("/{org}/projects/{projectId}/tasks/{number}")
    ModelAndView update(CurrentMember me, @PathVariable UUID projectId, @PathVariable long number,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String notes,
            @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String due,
            @RequestParam(defaultValue = "") String dueTime,
            @RequestParam(defaultValue = "-1") int version, RedirectAttributes flash) {
        TaskLookup.Found found = lookup.find(me, projectId, number, Project::canEdit);
        Project project = found.project();
        Task task = found.task();
        Form form = Form.empty().with("title", title).with("notes", notes).with("assignee", assignee)
                .with("due", due).with("dueTime", dueTime).requireText("title", Tasks.TITLE_MAX);
        if (notes.length() > Tasks.NOTES_MAX) {
            form.reject("notes", "validation.tooLong.100000");
        }
        UUID assigneeId = assignee(form, projects.members(me, project));
        Due dueDate = TaskForms.due(form);
        String taskPath = TaskPaths.task(me, projectId, number);
        if (form.hasErrors()) {
            flash.addFlashAttribute("taskForm", form);
            return new ModelAndView("redirect:" + taskPath);
        }
        if (!tasks.update(me, task, new TaskChanges(form.value("title"), notes, assigneeId, dueDate), version)) {
            flash.addFlashAttribute("taskForm", form);
            flash.addFlashAttribute("conflict", true);
            return new ModelAndView("redirect:" + taskPath);
        }
        return new ModelAndView("redirect:" + taskPath);
    }

    /** The chosen assignee, who must be one of the project's members; records an error otherwise. */
    private static UUID assignee(Form form, java.util.List<de.laufzettel.project.ProjectMember> members) {
        String value = form.value("assignee");
        if (value.isBlank()) {
            return null;
        }
        return members.stream().map(de.laufzettel.project.ProjectMember::userId)
                .filter(id -> id.toString().equals(value)).findFirst()
                .orElseGet(() -> {
                    form.reject("assignee", "task.assignee.notMember");
                    return null;
                });
    }

    private static ModelAndView fragment(String view, HttpStatus status, String name, Object value) {
        ModelAndView mav = new ModelAndView(view);
        mav.addObject(name, value);
        mav.setStatus(status);
        return mav;
    }
}
