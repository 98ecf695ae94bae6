package de.laufzettel.webhook;

import de.laufzettel.database.Ids;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhooks of a project. Callers have checked that the member may manage the project
 * ({@code Projects.manageable}, in SQL); every query here names the organisation and the project.
 */
@Component
class Webhooks {
    private final JdbcClient db;

    Webhooks(JdbcClient db) {
        this.db = db;
    }

    List<Webhook> of(CurrentMember me, Project project) {
        return db.sql("""
                SELECT id, url, events, active, created_at FROM webhook
                WHERE organization_id = :org AND project_id = :project ORDER BY created_at, id
                """)
                .param("org", me.organizationId()).param("project", project.id())
                .query((rs, row) -> new Webhook(rs.getObject("id", UUID.class), rs.getString("url"),
                        Arrays.asList((String[]) rs.getArray("events").getArray()), rs.getBoolean("active"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class)))
                .list();
    }

    Optional<Webhook> find(CurrentMember me, Project project, UUID id) {
        return of(me, project).stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** Saves a new webhook and returns its secret, which the caller shows this once. */
    String create(CurrentMember me, Project project, String url, List<WebhookEvent> events) {
        String secret = "lzwh_" + de.laufzettel.web.SecretTokens.create();
        db.sql("""
                INSERT INTO webhook (organization_id, id, project_id, url, events, secret, created_by)
                VALUES (:org, :id, :project, :url, CAST(:events AS text[]), :secret, :user)
                """)
                .param("org", me.organizationId()).param("id", Ids.newId()).param("project", project.id())
                .param("url", url).param("events", "{" + String.join(",", events.stream().map(WebhookEvent::code).toList()) + "}")
                .param("secret", secret).param("user", me.userId())
                .update();
        return secret;
    }

    /** Pauses or resumes a webhook; false when the project has no such webhook. */
    boolean setActive(CurrentMember me, Project project, UUID id, boolean active) {
        return db.sql("""
                UPDATE webhook SET active = :active WHERE organization_id = :org AND project_id = :project AND id = :id
                """)
                .param("active", active).param("org", me.organizationId()).param("project", project.id())
                .param("id", id).update() > 0;
    }

    /** Deletes a webhook with its delivery log; false when the project has no such webhook. */
    boolean delete(CurrentMember me, Project project, UUID id) {
        return db.sql("DELETE FROM webhook WHERE organization_id = :org AND project_id = :project AND id = :id")
                .param("org", me.organizationId()).param("project", project.id()).param("id", id).update() > 0;
    }
}
