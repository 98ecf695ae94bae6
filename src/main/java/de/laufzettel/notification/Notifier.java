package de.laufzettel.notification;

import de.laufzettel.activity.ActivityRecorded;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides which changes to a task are worth telling people about, and whom. It hears of every
 * activity row inside the transaction that wrote it, so a notification exists exactly when its
 * change does.
 *
 * <p>Told: the mentioned (comments), the new assignee (also of a task created with one), and the task's watchers and assignee of comments and of
 * changes that matter to them (title, notes, due date, assignee, another section, completion,
 * trash, attachments). Not told: re-ordering within a section, checklist ticks, tags and watcher
 * lists, which would bury the rest.
 */
@Component
class Notifier {
    private static final Set<String> CHANGES = Set.of("updated", "completed", "reopened", "trashed", "restored",
            "attached");

    private final Notifications notifications;
    private final NotificationMailer mailer;

    Notifier(Notifications notifications, NotificationMailer mailer) {
        this.notifications = notifications;
        this.mailer = mailer;
    }

    @EventListener
    void on(ActivityRecorded activity) {
        if (!"task".equals(activity.subjectType())) {
            return;
        }
        Notifications.Recipients recipients = switch (activity.action()) {
            case "commented" -> {
                List<UUID> mentioned = mentioned(activity.details());
                yield new Notifications.Recipients(mentioned, NotificationKind.MENTION, NotificationKind.COMMENT);
            }
            case "moved" -> sameSection(activity.details()) ? null
                    : Notifications.Recipients.watchersOnly(NotificationKind.CHANGE);
            case "created" -> {
                // A task created with an assignee (through the API) is an assignment; its watchers
                // (none yet) hear nothing.
                UUID assignee = newAssignee(activity.details());
                yield assignee == null ? null : assignment(assignee);
            }
            default -> {
                if (!CHANGES.contains(activity.action())) {
                    yield null;
                }
                UUID assignee = newAssignee(activity.details());
                yield assignee == null ? Notifications.Recipients.watchersOnly(NotificationKind.CHANGE)
                        : assignment(assignee);
            }
        };
        if (recipients == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", activity.action());
        if (activity.details().get("comment") != null) {
            details.put("comment", activity.details().get("comment"));
        }
        notifications.write(activity.organizationId(), activity.subjectId(), activity.actorId(), recipients, details,
                mailer.configured());
    }

    /** The new assignee hears of the assignment, the task's watchers of the change. */
    private static Notifications.Recipients assignment(UUID assignee) {
        return new Notifications.Recipients(List.of(assignee), NotificationKind.ASSIGNMENT, NotificationKind.CHANGE);
    }

    private static List<UUID> mentioned(Map<String, ?> details) {
        if (details.get("mentioned") instanceof Collection<?> ids) {
            return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
        }
        return List.of();
    }

    private static boolean sameSection(Map<String, ?> details) {
        return java.util.Objects.equals(details.get("fromSection"), details.get("toSection"));
    }

    /** The person a task was just assigned to, from the "updated" details ({"assignee": {"to": …}}). */
    private static UUID newAssignee(Map<String, ?> details) {
        if (details.get("assignee") instanceof Map<?, ?> change && change.get("to") != null
                && !"null".equals(change.get("to"))) {
            return UUID.fromString(change.get("to").toString());
        }
        return null;
    }
}
