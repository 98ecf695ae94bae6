package de.laufzettel.project;

import java.util.UUID;

/** Someone working on a project, as its member list shows them. */
public record ProjectMember(UUID userId, String name, String email, ProjectRole role) {
}
