package de.laufzettel.api;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskLookup;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * What an API call names in its path, looked up with the caller's access: a project or task the
 * caller cannot see is a 404 (like one of another organisation), one they may see but not change
 * in this way a 403.
 */
@Component
class ApiLookup {
    private final Projects projects;
    private final Tasks tasks;
    private final TaskLookup lookup;

    ApiLookup(Projects projects, Tasks tasks, TaskLookup lookup) {
        this.projects = projects;
        this.tasks = tasks;
        this.lookup = lookup;
    }

    Project project(CurrentMember me, UUID projectId) {
        return projects.findAccessible(me, projectId).orElseThrow(NotFoundException::new);
    }

    /** A visible project in which the caller may do what {@code may} asks of their role. */
    Project project(CurrentMember me, UUID projectId, Predicate<Project> may) {
        Project project = project(me, projectId);
        if (!may.test(project)) {
            throw new ForbiddenException();
        }
        return project;
    }

    /**
     * A task of a visible project in which the caller may do what {@code may} asks of their role:
     * 404 when project or task cannot be seen, 403 when the role does not allow it. Project and
     * task are read in one round trip.
     */
    Task task(CurrentMember me, UUID projectId, long number, Predicate<Project> may) {
        return taskWithProject(me, projectId, number, may).task();
    }

    /** The same, with the project too (for what else the role allows). */
    TaskLookup.Found taskWithProject(CurrentMember me, UUID projectId, long number, Predicate<Project> may) {
        return lookup.find(me, projectId, number, may);
    }

    Task task(CurrentMember me, UUID projectId, long number) {
        return tasks.find(me, projectId, number).orElseThrow(NotFoundException::new);
    }
}
