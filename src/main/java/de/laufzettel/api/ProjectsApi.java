package de.laufzettel.api;

import static de.laufzettel.api.Bodies.only;
import static de.laufzettel.api.Bodies.text;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Organizations;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Tags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The token's organisation and its members, its projects (those the token's member may see), their members and tags. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation and projects")
class ProjectsApi implements ApiController {
    private final Projects projects;
    private final Organizations organizations;
    private final Tags tags;
    private final ApiLookup lookup;

    ProjectsApi(Projects projects, Organizations organizations, Tags tags, ApiLookup lookup) {
        this.projects = projects;
        this.organizations = organizations;
        this.tags = tags;
        this.lookup = lookup;
    }

    record OrganizationJson(UUID id, String slug, String name, String role) {
    }

    record MemberJson(UUID id, String name, String email, String role, boolean active) {
    }

    record ProjectJson(UUID id, String name, String description, OffsetDateTime createdAt, OffsetDateTime archivedAt,
            int version, String role) {
        static ProjectJson of(Project p) {
            return new ProjectJson(p.id(), p.name(), p.description(), p.createdAt(), p.archivedAt(), p.version(),
                    p.myRole().name().toLowerCase(Locale.ROOT));
        }
    }

    record TagJson(UUID id, String name, String colour) {
    }

    /** A project's name and description; a change names only what it changes. */
    record ProjectFields(String name, String description) {
    }

    @GetMapping("/organization")
    @Operation(summary = "The token's organisation and the caller's role in it")
    OrganizationJson organization(ApiTokens.Caller caller) {
        CurrentMember me = caller.reading();
        return new OrganizationJson(me.organizationId(), me.slug(), me.organization().name(), lower(me.role()));
    }

    @GetMapping("/members")
    @Operation(summary = "The organisation's members, deactivated ones included (active: false)")
    Listing<MemberJson> members(ApiTokens.Caller caller) {
        CurrentMember me = caller.reading();
        return new Listing<>(organizations.members(me.organizationId()).stream()
                .map(m -> new MemberJson(m.userId(), m.name(), m.email(), lower(m.role()), !m.deactivated())).toList());
    }

    @GetMapping("/projects")
    @Operation(summary = "The projects the caller can see, with their role in each; archived ones with archived=true")
    Listing<ProjectJson> projects(ApiTokens.Caller caller, @RequestParam(defaultValue = "false") boolean archived) {
        return new Listing<>(projects.list(caller.reading(), archived).stream().map(ProjectJson::of).toList());
    }

    @PostMapping("/projects")
    @Operation(summary = "Create a project (body: name, description); the caller becomes its admin")
    ResponseEntity<ProjectJson> create(ApiTokens.Caller caller, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProjectFields.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        only(body, ProjectFields.class);
        String name = text(body, "name", Project.NAME_MAX, true);
        String description = text(body, "description", Project.DESCRIPTION_MAX, false).strip();
        ProjectJson project = ProjectJson.of(projects.create(me, name, description));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + project.id())).eTag(etag(project)).body(project);
    }

    @GetMapping("/projects/{projectId}")
    @Operation(summary = "One project, with an ETag")
    ResponseEntity<ProjectJson> project(ApiTokens.Caller caller, @PathVariable UUID projectId) {
        ProjectJson project = ProjectJson.of(lookup.project(caller.reading(), projectId));
        return ResponseEntity.ok().eTag(etag(project)).body(project);
    }

    @PatchMapping("/projects/{projectId}")
    @Operation(summary = "Rename or redescribe a project (project admins; If-Match required)")
    ResponseEntity<ProjectJson> update(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @RequestHeader("If-Match") String ifMatch, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProjectFields.class)))
            @RequestBody Map<String, Object> body) {
        CurrentMember me = caller.writing();
        Project project = lookup.project(me, projectId, Project::canManage);
        only(body, ProjectFields.class);
        int expected = Versions.of(ifMatch);
        String name = body.containsKey("name") ? text(body, "name", Project.NAME_MAX, true) : project.name();
        String description = body.containsKey("description")
                ? text(body, "description", Project.DESCRIPTION_MAX, false).strip() : project.description();
        if (project.version() != expected || !projects.update(me, project, name, description, expected)) {
            throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "api.problem.staleProject", project.version());
        }
        ProjectJson changed = ProjectJson.of(lookup.project(me, projectId));
        return ResponseEntity.ok().eTag(etag(changed)).body(changed);
    }

    @GetMapping("/projects/{projectId}/members")
    @Operation(summary = "A project's members and their project roles")
    Listing<MemberJson> projectMembers(ApiTokens.Caller caller, @PathVariable UUID projectId) {
        CurrentMember me = caller.reading();
        return new Listing<>(projects.members(me, lookup.project(me, projectId)).stream()
                .map(m -> new MemberJson(m.userId(), m.name(), m.email(), lower(m.role()), true)).toList());
    }

    @GetMapping("/projects/{projectId}/tags")
    @Operation(summary = "A project's tags (set them on a task with tagIds)")
    Listing<TagJson> tags(ApiTokens.Caller caller, @PathVariable UUID projectId) {
        CurrentMember me = caller.reading();
        return new Listing<>(tags.of(me, lookup.project(me, projectId).id()).stream()
                .map(t -> new TagJson(t.id(), t.name(), t.colour())).toList());
    }

    private static String etag(ProjectJson project) {
        return Versions.etag(project.version());
    }

    private static String lower(Enum<?> role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
