package de.laufzettel.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a webhook can be told of, named as receivers see it ({@code task.created}). Each comes from
 * task activity; tags, checklists and the like change the task and are sent as {@code task.updated}
 * with the activity's own action in the payload. Watchers are left out: they say who follows a
 * task, not what happened to it.
 */
public enum WebhookEvent {
    TASK_CREATED, TASK_UPDATED, TASK_MOVED, TASK_COMPLETED, TASK_REOPENED, TASK_DELETED, TASK_RESTORED,
    COMMENT_CREATED, COMMENT_UPDATED, COMMENT_DELETED, ATTACHMENT_CREATED, ATTACHMENT_DELETED,
    /** Sent by the "send test event" button only; nobody subscribes to it. */
    PING;

    /** The events a webhook may choose, in the order of the form. */
    public static final List<WebhookEvent> CHOOSABLE = Arrays.stream(values()).filter(e -> e != PING).toList();

    /** The name receivers see, e.g. {@code task.created}. */
    public String code() {
        return name().toLowerCase().replace('_', '.');
    }

    /** The event for a submitted or stored name. */
    public static Optional<WebhookEvent> of(String code) {
        return CHOOSABLE.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The event a task's activity action is sent as; empty for actions no receiver is told of. */
    static Optional<WebhookEvent> ofTaskAction(String action) {
        WebhookEvent event = switch (action) {
            case "created" -> TASK_CREATED;
            case "updated", "tagged" -> TASK_UPDATED;
            case "moved" -> TASK_MOVED;
            case "completed" -> TASK_COMPLETED;
            case "reopened" -> TASK_REOPENED;
            case "trashed" -> TASK_DELETED;
            case "restored" -> TASK_RESTORED;
            case "commented" -> COMMENT_CREATED;
            case "comment_edited" -> COMMENT_UPDATED;
            case "comment_deleted" -> COMMENT_DELETED;
            case "attached" -> ATTACHMENT_CREATED;
            case "attachment_deleted" -> ATTACHMENT_DELETED;
            default -> action.startsWith("checklist_") || action.startsWith("item_") ? TASK_UPDATED : null;
        };
        return Optional.ofNullable(event);
    }
}
