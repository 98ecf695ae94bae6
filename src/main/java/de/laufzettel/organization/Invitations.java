package de.laufzettel.organization;

import de.laufzettel.web.SecretTokens;
import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into an organisation. The link carries a random token; only its hash is stored, so
 * a copy of the database lets nobody join. A link works once and for seven days.
 */
@Service
class Invitations {
    static final Duration VALIDITY = Duration.ofDays(7);

    private final JdbcClient db;
    private final Memberships memberships;
    private final ActivityLog activity;

    Invitations(JdbcClient db, Memberships memberships, ActivityLog activity) {
        this.db = db;
        this.memberships = memberships;
        this.activity = activity;
    }

    /** A new invitation and the secret token for its link, which exists only in this answer. */
    record Created(UUID id, String token) {
    }

    /** An invitation as its link finds it. */
    record Found(UUID organizationId, UUID id, String organizationName, String email, Role role, boolean usable) {
    }

    @Transactional
    Created invite(CurrentMember admin, String email, Role role) {
        // A new invitation replaces the pending ones for the same address.
        db.sql("""
                UPDATE invitation SET revoked_at = now()
                WHERE organization_id = :org AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL
                """)
                .param("org", admin.organizationId()).param("email", email).update();
        String token = SecretTokens.create();
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO invitation (organization_id, id, email, role, token_hash, invited_by, expires_at)
                VALUES (:org, :id, :email, :role, :hash, :by, :expires)
                """)
                .param("org", admin.organizationId()).param("id", id).param("email", email)
                .param("role", role.code()).param("hash", SecretTokens.hash(token)).param("by", admin.userId())
                .param("expires", OffsetDateTime.now().plus(VALIDITY))
                .update();
        activity.record(admin.organizationId(), admin.userId(), "invitation", id, "created",
                Map.of("email", email, "role", role.code()));
        return new Created(id, token);
    }

    List<InvitationSummary> pending(UUID organizationId) {
        return db.sql(SUMMARY + """
                 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
                ORDER BY i.created_at DESC
                """)
                .param("org", organizationId).query(InvitationSummary.class).list();
    }

    Optional<InvitationSummary> find(UUID organizationId, UUID id) {
        return db.sql(SUMMARY + " AND i.id = :id")
                .param("org", organizationId).param("id", id).query(InvitationSummary.class).optional();
    }

    private static final String SUMMARY = """
            SELECT i.id, i.email, i.role, i.created_at, i.expires_at, u.name AS invited_by_name,
                   CASE WHEN i.accepted_at IS NOT NULL THEN 'accepted'
                        WHEN i.revoked_at IS NOT NULL THEN 'revoked'
                        WHEN i.expires_at <= now() THEN 'expired'
                        ELSE 'pending' END AS status
            FROM invitation i JOIN app_user u ON u.id = i.invited_by
            WHERE i.organization_id = :org
            """;

    @Transactional
    boolean revoke(CurrentMember admin, UUID id) {
        int changed = db.sql("""
                UPDATE invitation SET revoked_at = now()
                WHERE organization_id = :org AND id = :id AND accepted_at IS NULL AND revoked_at IS NULL
                """)
                .param("org", admin.organizationId()).param("id", id).update();
        if (changed > 0) {
            activity.record(admin.organizationId(), admin.userId(), "invitation", id, "revoked", Map.of());
        }
        return changed > 0;
    }

    Optional<Found> findByToken(String token) {
        return db.sql("""
                SELECT i.organization_id, i.id, o.name AS organization_name, i.email, i.role,
                       (i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()) AS usable
                FROM invitation i JOIN organization o ON o.id = i.organization_id
                WHERE i.token_hash = :hash
                """)
                .param("hash", SecretTokens.hash(token))
                .query((rs, n) -> new Found(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("organization_name"), rs.getString("email"), Role.fromCode(rs.getString("role")),
                        rs.getBoolean("usable")))
                .optional();
    }

    /**
     * Uses the invitation for {@code accountId}, inside the caller's transaction. The update only
     * succeeds for a usable invitation, so two clicks on one link cannot both join.
     */
    boolean accept(Found invitation, UUID accountId) {
        int used = db.sql("""
                UPDATE invitation SET accepted_at = now(), accepted_by = :user
                WHERE organization_id = :org AND id = :id
                  AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
                """)
                .param("user", accountId).param("org", invitation.organizationId()).param("id", invitation.id())
                .update();
        if (used == 0) {
            return false;
        }
        if (!memberships.isActiveMember(invitation.organizationId(), accountId)) {
            memberships.add(invitation.organizationId(), accountId, invitation.role());
            memberships.changeRole(invitation.organizationId(), accountId, invitation.role());
        }
        activity.record(invitation.organizationId(), accountId, "invitation", invitation.id(), "accepted", Map.of());
        return true;
    }

}
