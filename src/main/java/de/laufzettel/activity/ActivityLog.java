package de.laufzettel.activity;

import de.laufzettel.database.Ids;
import de.laufzettel.database.Read;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one record of who changed what. Callers write to it inside the transaction of the change,
 * so a change and its activity row exist together or not at all.
 */
@Component
public class ActivityLog {
    /**
     * An SQL condition on {@code a} (an activity row): it is about the project {@code :project} of
     * {@code :org} itself, or one of its tasks, sections or tags.
     */
    public static final String ABOUT_PROJECT = """
            ((a.subject_type = 'project' AND a.subject_id = :project)
             OR (a.subject_type = 'task' AND a.subject_id IN (SELECT id FROM task WHERE organization_id = :org
                                                             AND project_id = :project))
             OR (a.subject_type = 'section' AND a.subject_id IN (SELECT id FROM section WHERE organization_id = :org
                                                                AND project_id = :project))
             OR (a.subject_type = 'tag' AND a.subject_id IN (SELECT id FROM tag WHERE organization_id = :org
                                                            AND project_id = :project)))""";

    private final JdbcClient db;
    private final JsonMapper json;
    private final org.springframework.context.ApplicationEventPublisher events;

    ActivityLog(JdbcClient db, JsonMapper json, org.springframework.context.ApplicationEventPublisher events) {
        this.db = db;
        this.json = json;
        this.events = events;
    }

    /**
     * Records that {@code actorId} did {@code action} to a subject, with optional old → new details,
     * and tells the features that react to activity (notifications) within the same transaction.
     */
    public void record(UUID organizationId, UUID actorId, String subjectType, UUID subjectId, String action,
            Map<String, ?> details) {
        UUID id = Ids.newId();
        db.sql("""
                INSERT INTO activity (organization_id, id, actor_id, subject_type, subject_id, action, details)
                VALUES (:org, :id, :actor, :type, :subject, :action, CAST(:details AS jsonb))
                """)
                .param("org", organizationId).param("id", id).param("actor", actorId)
                .param("type", subjectType).param("subject", subjectId).param("action", action)
                .param("details", json.writeValueAsString(details))
                .update();
        events.publishEvent(new ActivityRecorded(organizationId, id, actorId, subjectType, subjectId, action, details));
    }

    /** The history of one subject, newest first (at most 100 entries). */
    public Read<java.util.List<ActivityEntry>> readOf(UUID organizationId, String subjectType, UUID subjectId) {
        return Read.list("""
                SELECT u.name, a.action, a.details::text, a.created_at
                FROM activity a LEFT JOIN app_user u ON u.id = a.actor_id
                WHERE a.organization_id = :org AND a.subject_type = :type AND a.subject_id = :subject
                ORDER BY a.created_at DESC, a.id DESC LIMIT 100
                """, Map.of("org", organizationId, "type", subjectType, "subject", subjectId),
                (rs, row) -> new ActivityEntry(rs.getString(1), rs.getString(2), parse(rs.getString(3)),
                        rs.getObject(4, java.time.OffsetDateTime.class)));
    }

    /** The newest entries (at most 200) about any of the given subjects, for a project's feed. */
    public java.util.List<FeedEntry> about(UUID organizationId, java.util.Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return java.util.List.of();
        }
        return db.sql("""
                SELECT a.subject_type, a.subject_id, u.name, a.action, a.details::text, a.created_at
                FROM activity a LEFT JOIN app_user u ON u.id = a.actor_id
                WHERE a.organization_id = :org AND a.subject_id = ANY(:ids)
                ORDER BY a.created_at DESC, a.id DESC LIMIT 200
                """)
                .param("org", organizationId).param("ids", subjectIds.toArray(UUID[]::new))
                .query((rs, row) -> new FeedEntry(rs.getString(1), rs.getObject(2, UUID.class),
                        new ActivityEntry(rs.getString(3), rs.getString(4), parse(rs.getString(5)),
                                rs.getObject(6, java.time.OffsetDateTime.class))))
                .list();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String details) {
        return json.readValue(details, Map.class);
    }

    /** How many activity rows a subject has; for tests and later the feeds. */
    public int count(UUID organizationId, String subjectType, UUID subjectId) {
        return db.sql("""
                SELECT count(*) FROM activity
                WHERE organization_id = :org AND subject_type = :type AND subject_id = :subject
                """)
                .param("org", organizationId).param("type", subjectType).param("subject", subjectId)
                .query(Integer.class).single();
    }
}
