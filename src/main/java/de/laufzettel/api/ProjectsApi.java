package de.laufzettel.api;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.web.NotFoundException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The token's organisation, its projects (those the token's member may see) and their sections. */
@RestController
@RequestMapping("/api/v1")
class ProjectsApi {
    private final Projects projects;
    private final de.laufzettel.board.Sections sections;

    ProjectsApi(Projects projects, de.laufzettel.board.Sections sections) {
        this.projects = projects;
        this.sections = sections;
    }

    record OrganizationJson(UUID id, String slug, String name, String role) {
    }

    record ProjectJson(UUID id, String name, String description, OffsetDateTime createdAt, OffsetDateTime archivedAt,
            String role) {
        static ProjectJson of(Project p) {
            return new ProjectJson(p.id(), p.name(), p.description(), p.createdAt(), p.archivedAt(),
                    p.myRole().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    record SectionJson(UUID id, String name, int position) {
    }

    record Page<T>(List<T> items) {
    }

    @GetMapping("/organization")
    OrganizationJson organization(ApiTokens.Caller caller) {
        CurrentMember me = caller.reading();
        return new OrganizationJson(me.organizationId(), me.slug(), me.organization().name(),
                me.role().name().toLowerCase(java.util.Locale.ROOT));
    }

    @GetMapping("/projects")
    Page<ProjectJson> projects(ApiTokens.Caller caller, @RequestParam(defaultValue = "false") boolean archived) {
        return new Page<>(projects.list(caller.reading(), archived).stream().map(ProjectJson::of).toList());
    }

    @GetMapping("/projects/{id}")
    ProjectJson project(ApiTokens.Caller caller, @PathVariable UUID id) {
        return ProjectJson.of(projects.findAccessible(caller.reading(), id).orElseThrow(NotFoundException::new));
    }

    @GetMapping("/projects/{id}/sections")
    Page<SectionJson> sections(ApiTokens.Caller caller, @PathVariable UUID id) {
        CurrentMember me = caller.reading();
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        List<de.laufzettel.board.Section> all = sections.of(me.organizationId(), project.id());
        return new Page<>(java.util.stream.IntStream.range(0, all.size())
                .mapToObj(i -> new SectionJson(all.get(i).id(), all.get(i).name(), i + 1)).toList());
    }
}
