package de.laufzettel.api;

import de.laufzettel.database.Reads;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Task;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
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

    private final Reads reads;

    ApiLookup(Projects projects, Tasks tasks, Reads reads) {
        this.reads = reads;
        this.projects = projects;
        this.tasks = tasks;
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
        Reads.Together both = reads.together();
        Supplier<Optional<Project>> project = both.add(projects.readAccessible(me, projectId));
        Supplier<Optional<Task>> task = both.add(tasks.readByNumber(me, projectId, number));
        both.run();
        if (!may.test(project.get().orElseThrow(NotFoundException::new))) {
            throw new ForbiddenException();
        }
        return task.get().orElseThrow(NotFoundException::new);
    }

    Task task(CurrentMember me, UUID projectId, long number) {
        return tasks.find(me, projectId, number).orElseThrow(NotFoundException::new);
    }
}
