package de.laufzettel.api;

import static de.laufzettel.api.Bodies.only;
import static de.laufzettel.api.Bodies.positive;
import static de.laufzettel.api.Bodies.text;

import de.laufzettel.board.Section;
import de.laufzettel.board.Sections;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's sections (the board's columns): read by everyone in it, added and arranged by its admins. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/sections")
@Tag(name = "Sections")
class SectionsApi implements ApiController {
    private final ApiLookup lookup;
    private final Sections sections;
    private final TransactionTemplate tx;

    SectionsApi(ApiLookup lookup, Sections sections, TransactionTemplate tx) {
        this.lookup = lookup;
        this.sections = sections;
        this.tx = tx;
    }

    record SectionJson(UUID id, String name, int position) {
    }

    record NewSection(String name) {
    }

    /** A new name and/or position (1 = first). */
    record SectionChange(String name, Integer position) {
    }

    @GetMapping
    @Operation(summary = "A project's sections from left to right (position 1 = first)")
    Listing<SectionJson> list(ApiTokens.Caller caller, @PathVariable UUID projectId) {
        CurrentMember me = caller.reading();
        return new Listing<>(all(me, lookup.project(me, projectId)));
    }

    @PostMapping
    @Operation(summary = "Add a section at the end (body: name; project admins)")
    ResponseEntity<SectionJson> create(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = NewSection.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Project project = lookup.project(me, projectId, Project::canManage);
        only(body, NewSection.class);
        UUID id = sections.append(me.organizationId(), project.id(), me.userId(), List.of(text(body, "name", Section.NAME_MAX, true)))
                .getFirst();
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/sections/" + id))
                .body(find(me, project, id));
    }

    @PatchMapping("/{sectionId}")
    @Operation(summary = "Rename a section or put it at another position (body: name, position; project admins)")
    SectionJson update(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable UUID sectionId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SectionChange.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Project project = lookup.project(me, projectId, Project::canManage);
        only(body, SectionChange.class);
        String name = body.containsKey("name") ? text(body, "name", Section.NAME_MAX, true) : null;
        Integer position = body.containsKey("position") ? positive(body, "position") : null;
        tx.executeWithoutResult(status -> {
            Section section = sections.find(me.organizationId(), project.id(), sectionId)
                    .orElseThrow(NotFoundException::new);
            if (name != null && !name.equals(section.name())) {
                sections.rename(me, project, section, name);
            }
            if (position != null) {
                sections.move(me, project, section, position);
            }
        });
        return find(me, project, sectionId);
    }

    private List<SectionJson> all(CurrentMember me, Project project) {
        List<Section> all = sections.of(me.organizationId(), project.id());
        return IntStream.range(0, all.size())
                .mapToObj(i -> new SectionJson(all.get(i).id(), all.get(i).name(), i + 1)).toList();
    }

    private SectionJson find(CurrentMember me, Project project, UUID sectionId) {
        return all(me, project).stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
