package de.laufzettel.notification;

import de.laufzettel.task.Due;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails that notifications wait for: at once, or as one digest per person a day after
 * the digest hour (everything written before it). A notification whose recipient may no longer see
 * its task is dropped without an e-mail. A mail is sent before its row is marked in the same
 * transaction; if the node dies in between, the mail goes out a second time rather than not at all.
 */
@Component
class MailDelivery {
    private static final int BATCH = 20;

    private final MailQueue queue;
    private final NotificationMailer mailer;
    private final TransactionTemplate tx;
    private final int digestHour;

    MailDelivery(MailQueue queue, NotificationMailer mailer, TransactionTemplate tx,
            @Value("${laufzettel.notifications.digest-hour:7}") int digestHour) {
        this.queue = queue;
        this.mailer = mailer;
        this.tx = tx;
        this.digestHour = digestHour;
    }

    /** Sends every notification waiting for an immediate e-mail; returns how many were sent. */
    int sendWaiting() {
        if (!mailer.configured()) {
            return 0;
        }
        int total = 0;
        int[] batch;
        do {
            batch = tx.execute(status -> {
                List<MailItem> items = queue.takeImmediate(BATCH);
                int sent = 0;
                for (MailItem item : items) {
                    if (!item.allowed()) {
                        queue.markDropped(List.of(item));
                    } else if (mailer.sendOne(item)) {
                        queue.markSent(List.of(item));
                        sent++;
                    } else {
                        queue.markFailed(List.of(item));
                        return new int[] {0, sent}; // the server is probably down; the next poll tries again
                    }
                }
                return new int[] {items.size(), sent};
            });
            total += batch[1];
        } while (batch[0] == BATCH);
        return total;
    }

    /** Sends the digests due at {@code now}; returns how many e-mails went out. */
    int sendDigests(Instant now) {
        if (!mailer.configured()) {
            return 0;
        }
        Instant cutoff = digestCutoff(now);
        int sent = 0;
        for (UUID recipient : queue.digestRecipients(cutoff, 200)) {
            Boolean done = tx.execute(status -> {
                List<MailItem> items = queue.takeDigest(recipient, cutoff);
                List<MailItem> allowed = items.stream().filter(MailItem::allowed).toList();
                queue.markDropped(items.stream().filter(item -> !item.allowed()).toList());
                if (allowed.isEmpty()) {
                    return false;
                }
                if (mailer.sendDigest(allowed)) {
                    queue.markSent(allowed);
                    return true;
                }
                queue.markFailed(allowed);
                return false;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    /** Today's digest hour if it has passed, else yesterday's. */
    Instant digestCutoff(Instant now) {
        ZonedDateTime local = now.atZone(Due.ZONE);
        ZonedDateTime today = local.toLocalDate().atTime(LocalTime.of(digestHour, 0)).atZone(Due.ZONE);
        return (local.isBefore(today) ? today.minusDays(1) : today).toInstant();
    }
}
