package de.laufzettel.activity;

import java.util.Map;
import java.util.UUID;

/**
 * Published synchronously when an activity row is written, inside the transaction that wrote it:
 * whatever a listener writes commits or rolls back together with the change.
 */
public record ActivityRecorded(UUID organizationId, UUID id, UUID actorId, String subjectType, UUID subjectId,
        String action, Map<String, ?> details) {
}
