package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.web.Form;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Checklists of a task and their items; every change returns to the task's dialog. */
@Controller
class ChecklistController {
    private static final String TASK = "/{org}/projects/{id}/tasks/{number}";
    private static final String LIST = TASK + "/checklists/{listId}";
    private static final String ITEM = LIST + "/items/{itemId}";

    private final Tasks tasks;
    private final TaskLookup lookup;
    private final Checklists checklists;

    ChecklistController(Tasks tasks, TaskLookup lookup, Checklists checklists) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.checklists = checklists;
    }

    @PostMapping(TASK + "/checklists")
    String create(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(defaultValue = "") String title, RedirectAttributes flash) {
        return withText(me, id, number, title, Checklist.TITLE_MAX, flash, task -> t -> checklists.create(me, task, t));
    }

    @PutMapping(LIST)
    String rename(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @RequestParam(defaultValue = "") String title, RedirectAttributes flash) {
        return withText(me, id, number, title, Checklist.TITLE_MAX, flash,
                task -> t -> checklists.rename(me, task, listId, t));
    }

    @DeleteMapping(LIST)
    String delete(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId) {
        checklists.delete(me, editableTask(me, id, number), listId);
        return back(me, id, number);
    }

    @PostMapping(LIST + "/items")
    String addItem(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        return withText(me, id, number, text, Checklist.ITEM_MAX, flash,
                task -> t -> checklists.addItem(me, task, listId, t));
    }

    @PutMapping(ITEM)
    String editItem(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @PathVariable UUID itemId, @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        return withText(me, id, number, text, Checklist.ITEM_MAX, flash,
                task -> t -> checklists.editItem(me, task, listId, itemId, t));
    }

    @DeleteMapping(ITEM)
    String deleteItem(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @PathVariable UUID itemId) {
        checklists.deleteItem(me, editableTask(me, id, number), listId, itemId);
        return back(me, id, number);
    }

    @PostMapping(ITEM + "/completion")
    String check(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @PathVariable UUID itemId) {
        checklists.setDone(me, editableTask(me, id, number), listId, itemId, true);
        return back(me, id, number);
    }

    @DeleteMapping(ITEM + "/completion")
    String uncheck(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @PathVariable UUID itemId) {
        checklists.setDone(me, editableTask(me, id, number), listId, itemId, false);
        return back(me, id, number);
    }

    @PutMapping(ITEM + "/position")
    String moveItem(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID listId,
            @PathVariable UUID itemId, @RequestParam(defaultValue = "1") int position) {
        checklists.moveItem(me, editableTask(me, id, number), listId, itemId, position);
        return back(me, id, number);
    }

    private String withText(CurrentMember me, UUID id, long number, String text, int max, RedirectAttributes flash,
            java.util.function.Function<Task, Consumer<String>> change) {
        Task task = editableTask(me, id, number);
        Form form = Form.empty().with("text", text).requireText("text", max);
        if (form.hasErrors()) {
            flash.addFlashAttribute("checklistError", form.error("text"));
        } else {
            change.apply(task).accept(form.value("text"));
        }
        return back(me, id, number);
    }

    private Task editableTask(CurrentMember me, UUID id, long number) {
        return lookup.find(me, id, number, Project::canEdit).task();
    }

    private static String back(CurrentMember me, UUID id, long number) {
        return "redirect:" + TaskPaths.task(me, id, number);
    }
}
