package de.laufzettel.api;

import static de.laufzettel.api.Bodies.bool;
import static de.laufzettel.api.Bodies.only;
import static de.laufzettel.api.Bodies.positive;
import static de.laufzettel.api.Bodies.text;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.task.Checklist;
import de.laufzettel.task.Checklists;
import de.laufzettel.task.Task;
import de.laufzettel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's checklists and their items. They carry no version: like in the task dialog, each
 * change touches one field of one item, so the last change wins and nothing else is overwritten.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks/{number}/checklists")
@Tag(name = "Checklists")
class ChecklistsApi implements ApiController {
    private final ApiLookup lookup;
    private final Checklists checklists;
    private final TransactionTemplate tx;

    ChecklistsApi(ApiLookup lookup, Checklists checklists, TransactionTemplate tx) {
        this.lookup = lookup;
        this.checklists = checklists;
        this.tx = tx;
    }

    record ItemJson(UUID id, String text, boolean done) {
    }

    record ChecklistJson(UUID id, String title, long done, int total, List<ItemJson> items) {
        static ChecklistJson of(Checklist list) {
            return new ChecklistJson(list.id(), list.title(), list.done(), list.items().size(),
                    list.items().stream().map(i -> new ItemJson(i.id(), i.text(), i.done())).toList());
        }
    }

    /** A new checklist: its title and, if wanted, the texts of its first items. */
    record NewChecklist(String title, List<String> items) {
    }

    record ChecklistChange(String title) {
    }

    record NewItem(String text) {
    }

    /** What a change names changes: the text, whether it is done, its position (1 = first). */
    record ItemChange(String text, Boolean done, Integer position) {
    }

    @GetMapping
    @Operation(summary = "List a task's checklists with their items, in order")
    Listing<ChecklistJson> list(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number) {
        CurrentMember me = caller.reading();
        Task task = lookup.task(me, projectId, number);
        return new Listing<>(checklists.of(me, task).stream().map(ChecklistJson::of).toList());
    }

    @PostMapping
    @Operation(summary = "Add a checklist (body: title, optionally items as a list of texts)")
    ResponseEntity<ChecklistJson> create(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @PathVariable long number, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = NewChecklist.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canEdit);
        only(body, NewChecklist.class);
        String title = text(body, "title", Checklist.TITLE_MAX, true);
        List<String> items = itemTexts(body);
        UUID id = checklists.create(me, task, title, items);
        return ResponseEntity.created(URI.create(base(projectId, number) + "/" + id)).body(find(me, task, id));
    }

    @PatchMapping("/{checklistId}")
    @Operation(summary = "Rename a checklist (body: title)")
    ChecklistJson rename(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID checklistId, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ChecklistChange.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canEdit);
        only(body, ChecklistChange.class);
        checklists.rename(me, task, checklistId, text(body, "title", Checklist.TITLE_MAX, true));
        return find(me, task, checklistId);
    }

    @DeleteMapping("/{checklistId}")
    @Operation(summary = "Delete a checklist with its items")
    ResponseEntity<Void> delete(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID checklistId) {
        CurrentMember me = caller.writing();
        checklists.delete(me, lookup.task(me, projectId, number, Project::canEdit), checklistId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{checklistId}/items")
    @Operation(summary = "Add an item at the end of a checklist (body: text)")
    ResponseEntity<ChecklistJson> addItem(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @PathVariable long number, @PathVariable UUID checklistId, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = NewItem.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canEdit);
        only(body, NewItem.class);
        UUID item = checklists.addItem(me, task, checklistId, text(body, "text", Checklist.ITEM_MAX, true));
        return ResponseEntity.created(URI.create(base(projectId, number) + "/" + checklistId + "/items/" + item))
                .body(find(me, task, checklistId));
    }

    @PatchMapping("/{checklistId}/items/{itemId}")
    @Operation(summary = "Change an item: its text, whether it is done, its position (1 = first)")
    ChecklistJson changeItem(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID checklistId, @PathVariable UUID itemId, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ItemChange.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canEdit);
        only(body, ItemChange.class);
        String text = body.containsKey("text") ? text(body, "text", Checklist.ITEM_MAX, true) : null;
        Boolean done = body.containsKey("done") ? bool(body, "done") : null;
        Integer position = body.containsKey("position") ? positive(body, "position") : null;
        tx.executeWithoutResult(status -> {
            if (text != null) {
                checklists.editItem(me, task, checklistId, itemId, text);
            }
            if (done != null) {
                checklists.setDone(me, task, checklistId, itemId, done);
            }
            if (position != null) {
                checklists.moveItem(me, task, checklistId, itemId, position);
            }
        });
        return find(me, task, checklistId);
    }

    @DeleteMapping("/{checklistId}/items/{itemId}")
    @Operation(summary = "Delete an item")
    ResponseEntity<Void> deleteItem(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID checklistId, @PathVariable UUID itemId) {
        CurrentMember me = caller.writing();
        checklists.deleteItem(me, lookup.task(me, projectId, number, Project::canEdit), checklistId, itemId);
        return ResponseEntity.noContent().build();
    }

    private ChecklistJson find(CurrentMember me, Task task, UUID checklistId) {
        return checklists.of(me, task).stream().filter(list -> list.id().equals(checklistId)).findFirst()
                .map(ChecklistJson::of).orElseThrow(NotFoundException::new);
    }

    private static List<String> itemTexts(Map<String, Object> body) {
        if (body.get("items") == null) {
            return List.of();
        }
        if (!(body.get("items") instanceof List<?> list) || list.size() > 100) {
            throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "api.problem.field", "items");
        }
        return list.stream().map(item -> text(item, "items", Checklist.ITEM_MAX, true)).toList();
    }

    private static String base(UUID projectId, long number) {
        return "/api/v1/projects/" + projectId + "/tasks/" + number + "/checklists";
    }
}
