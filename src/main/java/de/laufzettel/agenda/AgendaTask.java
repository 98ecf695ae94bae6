package de.laufzettel.agenda;

import de.laufzettel.task.Due;
import java.util.UUID;

/** A task on someone's agenda, with where it comes from and where they put it. */
public record AgendaTask(String orgSlug, String orgName, UUID projectId, String projectName, UUID organizationId,
        UUID taskId, long number, String title, Due due, boolean completed, boolean assignedToMe, UUID sectionId,
        boolean pinned) {

    public String path() {
        return de.laufzettel.task.TaskPaths.task(orgSlug, projectId, number);
    }
}
