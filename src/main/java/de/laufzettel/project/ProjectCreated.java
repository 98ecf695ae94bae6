package de.laufzettel.project;

import java.util.UUID;

/** Published inside the transaction that creates a project, so listeners can add to it atomically. */
public record ProjectCreated(UUID organizationId, UUID projectId, UUID createdBy) {
}
