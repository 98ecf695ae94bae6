package de.laufzettel.organization;

import java.util.UUID;

/** A member as the member list shows them. */
public record MemberSummary(UUID userId, String name, String email, Role role, boolean deactivated) {
}
