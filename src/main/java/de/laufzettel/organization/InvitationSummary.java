package de.laufzettel.organization;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An invitation as admins see it; {@code status} is pending, accepted, revoked or expired. */
public record InvitationSummary(UUID id, String email, String role, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, String invitedByName, String status) {
}
