package de.laufzettel.notification;

import de.laufzettel.task.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds assignees of open tasks a configured number of days before the due date (default: the
 * day before and on the day; negative numbers remind after it), from a configured hour of the day
 * on. Each reminder is recorded in {@code due_reminder} in the same statement that writes the
 * notification; its key (task, due date, days before) lets only one node, once, ever win, so
 * reminders are neither lost nor repeated by restarts or a second node. A reminder whose day was
 * missed entirely (server down all day) is not sent later: it would come after the fact.
 */
@Component
public class DueReminders {
    private final Notifications notifications;
    private final NotificationMailer mailer;
    private final List<Integer> days;
    private final int hour;

    DueReminders(Notifications notifications, NotificationMailer mailer,
            @Value("${laufzettel.reminders.days-before:1,0}") List<Integer> days,
            @Value("${laufzettel.reminders.hour:7}") int hour) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.days = List.copyOf(days);
        this.hour = hour;
    }

    /** Sends the reminders due at {@code now}; returns how many notifications were written. */
    @Transactional
    public long run(Instant now) {
        ZonedDateTime local = now.atZone(Due.ZONE);
        if (local.getHour() < hour || days.isEmpty()) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        String candidates = """
                due AS (
                    SELECT t.organization_id, t.id, t.due_date, d.days, t.assignee_id
                    FROM unnest(CAST(:days AS integer[])) d (days)
                    JOIN task t ON t.due_date = CAST(:today AS date) + d.days
                    WHERE t.due_date IS NOT NULL AND t.assignee_id IS NOT NULL AND t.completed_at IS NULL
                      AND t.trashed_at IS NULL
                ),
                fired AS (
                    INSERT INTO due_reminder (organization_id, task_id, due_on, days_before)
                    SELECT organization_id, id, due_date, days FROM due
                    ON CONFLICT DO NOTHING
                    RETURNING organization_id, task_id, days_before
                ),
                candidate AS (
                    SELECT f.organization_id, f.task_id, d.assignee_id AS recipient_id, 'due' AS kind,
                           CAST(NULL AS uuid) AS actor_id, jsonb_build_object('days', f.days_before) AS details
                    FROM fired f
                    JOIN due d ON d.organization_id = f.organization_id AND d.id = f.task_id AND d.days = f.days_before
                )
                """;
        return notifications.insert(candidates,
                Map.of("days", days.toArray(Integer[]::new), "today", today), mailer.configured());
    }
}
