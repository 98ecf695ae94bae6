package de.laufzettel.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The timers of notifications' background work, on every node: e-mails to send at once, the
 * daily digests, due reminders. The work is made safe for several nodes in the database
 * ({@link MailQueue}, {@link DueReminders}); these timers only say when to look.
 * {@code LAUFZETTEL_JOBS=false} switches them off on a node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "laufzettel.jobs", havingValue = "true", matchIfMissing = true)
class NotificationJobs {
    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final MailDelivery delivery;
    private final DueReminders reminders;
    private final Clock clock = Clock.systemUTC();

    NotificationJobs(MailDelivery delivery, DueReminders reminders) {
        this.delivery = delivery;
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${laufzettel.notifications.poll:5s}", initialDelayString = "5s")
    void sendWaiting() {
        delivery.sendWaiting();
    }

    @Scheduled(fixedDelayString = "${laufzettel.notifications.digest-poll:60s}", initialDelayString = "10s")
    void sendDigests() {
        delivery.sendDigests(clock.instant());
    }

    @Scheduled(fixedDelayString = "${laufzettel.reminders.poll:60s}", initialDelayString = "15s")
    void remind() {
        long written = reminders.run(clock.instant());
        if (written > 0) {
            log.info("Wrote {} due reminders", written);
        }
    }
}
