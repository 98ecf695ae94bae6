package de.laufzettel.task;

import de.laufzettel.database.Reads;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The task an address names, with its project, for a change to it: 404 when project or task
 * cannot be seen, 403 when the member's role in the project does not allow the change. Both are
 * read in one round trip; each read checks access in its own SQL.
 */
@Component
public class TaskLookup {
    private final Projects projects;
    private final Tasks tasks;
    private final Reads reads;

    TaskLookup(Projects projects, Tasks tasks, Reads reads) {
        this.projects = projects;
        this.tasks = tasks;
        this.reads = reads;
    }

    /** A project's task and the project itself. */
    public record Found(Project project, Task task) {
    }

    public Found find(CurrentMember me, UUID projectId, long number, Predicate<Project> may) {
        Reads.Together both = reads.together();
        Supplier<Optional<Project>> project = both.add(projects.readAccessible(me, projectId));
        Supplier<Optional<Task>> task = both.add(tasks.readByNumber(me, projectId, number));
        both.run();
        Project found = project.get().orElseThrow(NotFoundException::new);
        if (!may.test(found)) {
            throw new ForbiddenException();
        }
        return new Found(found, task.get().orElseThrow(NotFoundException::new));
    }
}
