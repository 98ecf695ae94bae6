package de.laufzettel.project;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A piece of cross-department work with its own board. */
public record Project(UUID id, String name, String description, UUID createdBy, OffsetDateTime createdAt,
        OffsetDateTime archivedAt, int version) {

    public boolean archived() {
        return archivedAt != null;
    }
}
