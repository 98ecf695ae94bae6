package de.laufzettel.project;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A piece of cross-department work with its own board, as seen by one person with their role in it. */
public record Project(UUID id, String name, String description, UUID createdBy, OffsetDateTime createdAt,
        OffsetDateTime archivedAt, int version, ProjectRole myRole) {
    /** The longest name a project may have. */
    public static final int NAME_MAX = 200;
    /** The longest description a project may have. */
    public static final int DESCRIPTION_MAX = 5000;

    public boolean archived() {
        return archivedAt != null;
    }

    /** May rename and archive it, and manage its sections and members. */
    public boolean canManage() {
        return myRole.atLeast(ProjectRole.ADMIN);
    }

    /** May create, change, move and complete tasks. */
    public boolean canEdit() {
        return myRole.atLeast(ProjectRole.MEMBER);
    }

    /** May comment on tasks. */
    public boolean canComment() {
        return myRole.atLeast(ProjectRole.COMMENTER);
    }
}
