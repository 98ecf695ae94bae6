package de.laufzettel.project;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.MemberSummary;
import de.laufzettel.organization.Organizations;
import de.laufzettel.organization.Workspace;
import de.laufzettel.web.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A project's members: everyone in the project sees them, project admins change them. */
@Controller
class ProjectMembersController {
    private final Projects projects;
    private final ProjectMembers members;
    private final Organizations organizations;
    private final Workspace workspace;

    ProjectMembersController(Projects projects, ProjectMembers members, Organizations organizations,
            Workspace workspace) {
        this.projects = projects;
        this.members = members;
        this.organizations = organizations;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/projects/{id}/members")
    ModelAndView index(CurrentMember me, @PathVariable UUID id) {
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        return page(me, project, null, HttpStatus.OK);
    }

    @PostMapping("/{org}/projects/{id}/members")
    ModelAndView add(CurrentMember me, @PathVariable UUID id, @RequestParam(required = false) UUID userId,
            @RequestParam(defaultValue = "") String role) {
        return put(me, id, userId, role);
    }

    @PutMapping("/{org}/projects/{id}/members/{userId}")
    ModelAndView change(CurrentMember me, @PathVariable UUID id, @PathVariable UUID userId,
            @RequestParam(defaultValue = "") String role) {
        return put(me, id, userId, role);
    }

    @DeleteMapping("/{org}/projects/{id}/members/{userId}")
    ModelAndView remove(CurrentMember me, @PathVariable UUID id, @PathVariable UUID userId) {
        Project project = projects.manageable(me, id);
        if (!members.remove(me, project, userId)) {
            throw new NotFoundException();
        }
        return redirect(me, id);
    }

    private ModelAndView put(CurrentMember me, UUID id, UUID userId, String role) {
        Project project = projects.manageable(me, id);
        ProjectRole chosen = ProjectRole.fromCode(role);
        if (userId == null || chosen == null) {
            return page(me, project, "validation.role", HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (!members.put(me, project, userId, chosen)) {
            throw new NotFoundException();
        }
        return redirect(me, id);
    }

    private ModelAndView page(CurrentMember me, Project project, String error, HttpStatus status) {
        List<ProjectMember> current = members.of(me, project);
        Set<UUID> inProject = current.stream().map(ProjectMember::userId).collect(Collectors.toSet());
        List<MemberSummary> addable = project.canManage() ? organizations.members(me.organizationId()).stream()
                .filter(m -> !m.deactivated() && !inProject.contains(m.userId())).toList() : List.of();
        ModelAndView mav = new ModelAndView("project/members");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("boardPath", "/" + me.slug() + "/projects/" + project.id());
        mav.addObject("project", project);
        mav.addObject("members", current);
        mav.addObject("addable", addable);
        mav.addObject("error", error);
        mav.setStatus(status);
        return mav;
    }

    private static ModelAndView redirect(CurrentMember me, UUID id) {
        return new ModelAndView("redirect:/" + me.slug() + "/projects/" + id + "/members");
    }
}
