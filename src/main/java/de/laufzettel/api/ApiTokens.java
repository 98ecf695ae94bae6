package de.laufzettel.api;

import de.laufzettel.database.Ids;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Organization;
import de.laufzettel.organization.Role;
import de.laufzettel.web.SecretTokens;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal access tokens: made in the profile for one organisation, shown once, kept only as a
 * hash ({@link SecretTokens}), with a name, scopes, an optional expiry and the time of their last
 * use; revoked at once.
 */
@Component
public class ApiTokens {
    /** Every token starts with this, so that secret scanners and people recognise one. */
    static final String PREFIX = "lzt_";

    private final JdbcClient db;
    private final de.laufzettel.activity.ActivityLog activity;

    ApiTokens(JdbcClient db, de.laufzettel.activity.ActivityLog activity) {
        this.db = db;
        this.activity = activity;
    }

    /** A token as its owner and the organisation's admins see it (never the token itself). */
    public record Token(UUID id, String name, String owner, List<String> scopes, OffsetDateTime createdAt,
            OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
        public boolean active() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(OffsetDateTime.now()));
        }
    }

    /** Who calls the API: the token's member, with the token's scopes. */
    public record Caller(CurrentMember member, UUID tokenId, Set<String> scopes) {
        boolean mayWrite() {
            return scopes.contains("write");
        }

        boolean mayRead() {
            return scopes.contains("read");
        }

        /** The member, for a call that reads; 403 when the token may not read. */
        CurrentMember reading() {
            if (!mayRead()) {
                throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "api.problem.scope", "read");
            }
            return member;
        }

        /** The member, for a call that changes something; 403 when the token may not write. */
        CurrentMember writing() {
            if (!mayWrite()) {
                throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "api.problem.scope", "write");
            }
            return member;
        }
    }

    /**
     * Makes a token for the member, valid through the day {@code expires} (in the municipality's
     * time zone) if given; returns the token, which is not stored and cannot be shown again. Making
     * and revoking tokens is in the organisation's activity, as is inviting people.
     */
    @org.springframework.transaction.annotation.Transactional
    public String create(CurrentMember me, String name, Set<String> scopes, LocalDate expires) {
        String token = PREFIX + SecretTokens.create();
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO api_token (organization_id, id, account_id, name, token_hash, scopes, expires_at)
                VALUES (:org, :id, :account, :name, :hash, CAST(:scopes AS text[]), :expires)
                """)
                .param("org", me.organizationId()).param("id", id).param("account", me.userId())
                .param("name", name).param("hash", SecretTokens.hash(token))
                .param("scopes", "{" + String.join(",", scopes.stream().sorted().toList()) + "}")
                .param("expires", expires == null ? null
                        : expires.plusDays(1).atStartOfDay(de.laufzettel.task.Due.ZONE).toOffsetDateTime())
                .update();
        activity.record(me.organizationId(), me.userId(), "api_token", id, "created",
                java.util.Map.of("name", name, "scopes", String.join(",", scopes)));
        return token;
    }

    /** The caller a token stands for, if it is known, neither revoked nor expired, and its member active. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        record Found(Caller caller, boolean stale) {
        }
        Optional<Found> found = db.sql("""
                SELECT t.organization_id, t.id, t.account_id, array_to_string(t.scopes, ',') AS scopes, o.slug, o.name, m.role,
                       t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute' AS stale
                FROM api_token t
                JOIN membership m ON m.organization_id = t.organization_id AND m.user_id = t.account_id
                                 AND m.deactivated_at IS NULL
                JOIN organization o ON o.id = t.organization_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
                """).param("hash", SecretTokens.hash(token))
                .query((rs, n) -> new Found(new Caller(new CurrentMember(new Organization(
                        rs.getObject("organization_id", UUID.class), rs.getString("slug"), rs.getString("name")),
                        rs.getObject("account_id", UUID.class), Role.fromCode(rs.getString("role"))),
                        rs.getObject("id", UUID.class), Set.of(rs.getString("scopes").split(","))), rs.getBoolean("stale")))
                .optional();
        // The last use is written at most once a minute per token: a write on every call would
        // cost more than the call itself.
        found.filter(Found::stale).ifPresent(f -> db.sql("""
                UPDATE api_token SET last_used_at = now() WHERE organization_id = :org AND id = :id
                """).param("org", f.caller().member().organizationId()).param("id", f.caller().tokenId()).update());
        return found.map(Found::caller);
    }

    /** The member's own tokens in this organisation, newest first. */
    public List<Token> of(CurrentMember me) {
        return list("t.account_id = :account", me);
    }

    /** Every token of the organisation, for its admins. */
    public List<Token> ofOrganization(CurrentMember admin) {
        return list("TRUE", admin);
    }

    private List<Token> list(String condition, CurrentMember me) {
        return db.sql("""
                SELECT t.id, t.name, u.name AS owner, array_to_string(t.scopes, ',') AS scopes, t.created_at, t.expires_at,
                       t.last_used_at, t.revoked_at
                FROM api_token t JOIN app_user u ON u.id = t.account_id
                WHERE t.organization_id = :org AND\s""" + condition + " ORDER BY t.created_at DESC, t.id")
                .param("org", me.organizationId()).param("account", me.userId())
                .query((rs, n) -> new Token(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("owner"),
                        List.of(rs.getString("scopes").split(",")), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    /** Revokes one of the member's own tokens (or, for an admin, any of the organisation's); false when there is none. */
    @org.springframework.transaction.annotation.Transactional
    public boolean revoke(CurrentMember me, UUID id) {
        Optional<String> name = db.sql("""
                UPDATE api_token SET revoked_at = now()
                WHERE organization_id = :org AND id = :id AND revoked_at IS NULL AND (account_id = :account OR :admin)
                RETURNING name
                """).param("org", me.organizationId()).param("id", id).param("account", me.userId())
                .param("admin", me.isAdmin()).query(String.class).optional();
        name.ifPresent(n -> activity.record(me.organizationId(), me.userId(), "api_token", id, "revoked",
                java.util.Map.of("name", n)));
        return name.isPresent();
    }

}
