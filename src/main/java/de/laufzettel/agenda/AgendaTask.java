package de.laufzettel.agenda;

import de.laufzettel.task.Due;
import java.util.UUID;

/** A task on someone's agenda, with where it comes from and where they put it. */
public record AgendaTask(String orgSlug, String orgName, UUID projectId, String projectName, UUID organizationId,
        UUID taskId, long number, String title, Due due, boolean completed, boolean assignedToMe, UUID sectionId,
        boolean pinned) {

    /** The same task where the person put it: their section (null: the inbox) and whether pinned. */
    AgendaTask placed(UUID section, boolean isPinned) {
        return new AgendaTask(orgSlug, orgName, projectId, projectName, organizationId, taskId, number, title, due,
                completed, assignedToMe, section, isPinned);
    }

    public String path() {
        return de.laufzettel.task.TaskPaths.task(orgSlug, projectId, number);
    }
}
