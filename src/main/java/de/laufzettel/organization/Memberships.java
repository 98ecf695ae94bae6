package de.laufzettel.organization;

import de.laufzettel.database.Read;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to which organisation, in which role. */
@Repository
class Memberships {
    private final JdbcClient db;

    Memberships(JdbcClient db) {
        this.db = db;
    }

    Optional<CurrentMember> findActive(String slug, UUID userId) {
        return db.sql("""
                SELECT o.id, o.slug, o.name, m.role
                FROM organization o
                JOIN membership m ON m.organization_id = o.id
                WHERE o.slug = :slug AND m.user_id = :user AND m.deactivated_at IS NULL
                """)
                .param("slug", slug).param("user", userId)
                .query((rs, n) -> new CurrentMember(
                        new Organization(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name")),
                        userId, Role.fromCode(rs.getString("role"))))
                .optional();
    }

    /** The organisations an account is an active member of, by name. */
    List<Organization> organizationsOf(UUID userId) {
        return readOrganizationsOf(userId).on(db);
    }

    Read<List<Organization>> readOrganizationsOf(UUID userId) {
        return Read.list("""
                SELECT o.id, o.slug, o.name
                FROM organization o
                JOIN membership m ON m.organization_id = o.id
                WHERE m.user_id = :user AND m.deactivated_at IS NULL
                ORDER BY lower(o.name), o.slug
                """, Map.of("user", userId), Organization.class);
    }

    void add(UUID organizationId, UUID userId, Role role) {
        db.sql("""
                INSERT INTO membership (organization_id, user_id, role) VALUES (:org, :user, :role)
                ON CONFLICT (organization_id, user_id) DO UPDATE SET deactivated_at = NULL
                """)
                .param("org", organizationId).param("user", userId).param("role", role.code())
                .update();
    }

    private static final String MEMBER_SUMMARY = """
            SELECT u.id, u.name, u.email, m.role, m.deactivated_at IS NOT NULL AS deactivated
            FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.organization_id = :org
            """;

    List<MemberSummary> list(UUID organizationId) {
        return db.sql(MEMBER_SUMMARY + " ORDER BY m.deactivated_at IS NOT NULL, lower(u.name), u.email")
                .param("org", organizationId)
                .query(Memberships::summary).list();
    }

    Optional<MemberSummary> find(UUID organizationId, UUID userId) {
        return db.sql(MEMBER_SUMMARY + " AND m.user_id = :user")
                .param("org", organizationId).param("user", userId)
                .query(Memberships::summary).optional();
    }

    private static MemberSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MemberSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                Role.fromCode(rs.getString("role")), rs.getBoolean("deactivated"));
    }

    boolean isActiveMember(UUID organizationId, UUID userId) {
        return db.sql("""
                SELECT count(*) FROM membership
                WHERE organization_id = :org AND user_id = :user AND deactivated_at IS NULL
                """)
                .param("org", organizationId).param("user", userId)
                .query(Integer.class).single() > 0;
    }

    /** Active admins other than {@code userId}, locked so that two admins cannot demote each other at once. */
    int otherActiveAdmins(UUID organizationId, UUID userId) {
        return db.sql("""
                SELECT user_id FROM membership
                WHERE organization_id = :org AND user_id <> :user AND role = 'admin' AND deactivated_at IS NULL
                FOR UPDATE
                """)
                .param("org", organizationId).param("user", userId)
                .query(UUID.class).list().size();
    }

    void changeRole(UUID organizationId, UUID userId, Role role) {
        db.sql("UPDATE membership SET role = :role WHERE organization_id = :org AND user_id = :user")
                .param("role", role.code()).param("org", organizationId).param("user", userId)
                .update();
    }

    void setDeactivated(UUID organizationId, UUID userId, boolean deactivated) {
        db.sql("""
                UPDATE membership SET deactivated_at = CASE WHEN :deactivated THEN now() END
                WHERE organization_id = :org AND user_id = :user
                """)
                .param("deactivated", deactivated).param("org", organizationId).param("user", userId)
                .update();
    }
}
