package de.laufzettel.webhook;

import de.laufzettel.activity.ActivityRecorded;
import de.laufzettel.database.Ids;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts events into the delivery queue. It hears of every activity row inside the transaction
 * that wrote it, so an event is queued exactly when its change commits: nothing is missed, and a
 * change that rolls back sends nothing.
 */
@Component
class Outbox {
    private final JdbcClient db;
    private final Payloads payloads;
    private final DeliverySignal signal;

    Outbox(JdbcClient db, Payloads payloads, DeliverySignal signal) {
        this.db = db;
        this.payloads = payloads;
        this.signal = signal;
    }

    @EventListener
    void on(ActivityRecorded activity) {
        if (!"task".equals(activity.subjectType())) {
            return;
        }
        Optional<WebhookEvent> event = WebhookEvent.ofTaskAction(activity.action());
        if (event.isEmpty()) {
            return;
        }
        // Every task change pays for this one lookup, so it stays a single indexed query.
        List<UUID> webhooks = db.sql("""
                SELECT w.id FROM task t
                JOIN webhook w ON w.organization_id = t.organization_id AND w.project_id = t.project_id AND w.active
                WHERE t.organization_id = :org AND t.id = :task AND :event = ANY(w.events)
                """)
                .param("org", activity.organizationId()).param("task", activity.subjectId())
                .param("event", event.get().code())
                .query(UUID.class).list();
        if (webhooks.isEmpty()) {
            return;
        }
        payloads.of(activity, event.get()).ifPresent(body -> {
            webhooks.forEach(webhook -> enqueue(activity.organizationId(), webhook, activity.id(), event.get(),
                    activity.subjectId(), body));
            signal.ringAfterCommit();
        });
    }

    /** Queues a test event for one webhook, through the same queue as every other event. */
    void ping(CurrentMember me, Project project, Webhook webhook) {
        UUID eventId = Ids.newId();
        String actorName = db.sql("SELECT name FROM app_user WHERE id = :id").param("id", me.userId())
                .query(String.class).single();
        String body = payloads.ping(eventId, me.organizationId(), me.slug(), project.id(), project.name(), webhook.id(),
                me.userId(), actorName);
        enqueue(me.organizationId(), webhook.id(), eventId, WebhookEvent.PING, null, body);
        signal.ringAfterCommit();
    }

    private void enqueue(UUID organizationId, UUID webhookId, UUID eventId, WebhookEvent event, UUID taskId,
            String body) {
        db.sql("""
                INSERT INTO webhook_delivery (organization_id, id, webhook_id, event_id, event, task_id, payload)
                VALUES (:org, :id, :webhook, :event_id, :event, :task, :payload)
                """)
                .param("org", organizationId).param("id", Ids.newId()).param("webhook", webhookId)
                .param("event_id", eventId).param("event", event.code()).param("task", taskId).param("payload", body)
                .update();
    }
}
