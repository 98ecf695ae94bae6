package de.laufzettel.notification;

import de.laufzettel.task.Due;
import de.laufzettel.task.TaskPaths;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One notification as the list shows it, with the task as it is now. */
public record Notification(UUID organizationId, UUID id, NotificationKind kind, Map<String, Object> details,
        OffsetDateTime createdAt, boolean read, String orgSlug, String orgName, UUID projectId, String projectName,
        long taskNumber, String taskTitle, String actorName, boolean taskCompleted, Due due) {

    /** The address that marks it read and opens the task. */
    public String openPath() {
        return "/notifications/" + orgSlug + "/" + id;
    }

    public String taskPath() {
        return TaskPaths.task(orgSlug, projectId, taskNumber);
    }

    /** The task is still open and past its due date (shown with due reminders). */
    public boolean overdue() {
        return !taskCompleted && due != null && due.overdue();
    }

    /** The message key of the sentence that tells of it; its arguments are actor, title and days. */
    public String messageKey() {
        return messageKey(kind, details);
    }

    /** For due reminders: in how many days the task was due when the reminder fired. */
    public int days() {
        return days(details);
    }

    /** "notification.mention", "notification.change.completed", "notification.due.tomorrow", … */
    static String messageKey(NotificationKind kind, Map<String, ?> details) {
        return switch (kind) {
            case CHANGE -> "notification.change." + (details.get("action") instanceof String action ? action : "updated");
            case DUE -> {
                int days = days(details);
                yield days > 1 ? "notification.due.days" : days == 1 ? "notification.due.tomorrow"
                        : days == 0 ? "notification.due.today" : "notification.due.overdue";
            }
            default -> "notification." + kind.key();
        };
    }

    static int days(Map<String, ?> details) {
        return details.get("days") instanceof Number days ? days.intValue() : 0;
    }
}
