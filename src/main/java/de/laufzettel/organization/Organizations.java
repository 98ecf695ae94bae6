package de.laufzettel.organization;

import de.laufzettel.account.Account;
import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Founding organisations and looking them up. */
@Service
public class Organizations {
    private final JdbcClient db;
    private final Memberships memberships;
    private final ActivityLog activity;

    Organizations(JdbcClient db, Memberships memberships, ActivityLog activity) {
        this.db = db;
        this.memberships = memberships;
        this.activity = activity;
    }

    /** Whether an organisation already uses this slug. */
    public boolean slugTaken(String slug) {
        return findBySlug(slug).isPresent();
    }

    public Optional<Organization> findBySlug(String slug) {
        return db.sql("SELECT id, slug, name FROM organization WHERE slug = :slug")
                .param("slug", slug).query(Organization.class).optional();
    }

    /** Founds an organisation with {@code founder} as its first admin. */
    @Transactional
    public Organization found(String name, String slug, Account founder) {
        Organization org = new Organization(Ids.newId(), slug, name);
        db.sql("INSERT INTO organization (id, slug, name) VALUES (:id, :slug, :name)")
                .param("id", org.id()).param("slug", slug).param("name", name)
                .update();
        memberships.add(org.id(), founder.id(), Role.ADMIN);
        activity.record(org.id(), founder.id(), "organization", org.id(), "created", Map.of("name", name));
        return org;
    }

    /** Adds an account to an organisation (for the demo data and imports). */
    @Transactional
    public void addMember(UUID organizationId, UUID accountId, Role role) {
        memberships.add(organizationId, accountId, role);
    }

    /** The members of an organisation, active ones first. */
    public List<MemberSummary> members(UUID organizationId) {
        return memberships.list(organizationId);
    }

    /** The organisations an account is an active member of. */
    public List<Organization> of(UUID accountId) {
        return memberships.organizationsOf(accountId);
    }
}
