package de.laufzettel.task;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A task with everything its dialog shows. */
public record Task(UUID id, UUID projectId, UUID sectionId, long number, String title, String notes, int version,
        OffsetDateTime createdAt, String createdByName, OffsetDateTime completedAt, UUID assigneeId,
        String assigneeName, Due due) {

    public boolean completed() {
        return completedAt != null;
    }
}
