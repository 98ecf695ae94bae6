package de.laufzettel.notification;

import de.laufzettel.task.TaskPaths;
import de.laufzettel.web.Mail;
import de.laufzettel.web.PublicAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes and sends notification e-mails in the recipient's language: one per notification, or one
 * digest per person and day, through {@link Mail}, which keeps user text (the task title in the
 * subject) from adding headers.
 */
@Component
class NotificationMailer {
    private final Mail mail;
    private final MessageSource messages;
    private final PublicAddress address;
    private final UnsubscribeLinks unsubscribe;

    NotificationMailer(Mail mail, MessageSource messages, PublicAddress address, UnsubscribeLinks unsubscribe) {
        this.mail = mail;
        this.messages = messages;
        this.address = address;
        this.unsubscribe = unsubscribe;
    }

    /**
     * Whether notification e-mails can be sent: SMTP configured, and the public base URL, which
     * their links (task, unsubscribe) need.
     */
    boolean configured() {
        return mail.configured() && address.configured().isPresent();
    }

    private String base() {
        return address.configured().orElseThrow(() -> new IllegalStateException("LAUFZETTEL_BASE_URL is not set"));
    }

    /** Sends one notification; false when the server refused or is unreachable. */
    boolean sendOne(MailItem item) {
        Locale locale = Locale.forLanguageTag(item.locale());
        String base = base();
        String sentence = sentence(item, locale);
        StringBuilder body = new StringBuilder();
        body.append(text("notification.mail.greeting", locale)).append("\n\n").append(sentence).append('\n');
        quote(item, body);
        body.append('\n').append(text("notification.mail.project", locale, item.projectName())).append('\n')
                .append(text("notification.mail.open", locale, base + TaskPaths.task(item.orgSlug(),
                        item.projectId(), item.taskNumber()))).append("\n\n-- \n");
        String stop = base + "/unsubscribe/" + unsubscribe.token(item.recipientId(), item.kind().ordinal());
        body.append(text("notification.mail.footer", locale, text("notification.kind." + item.kind().key(), locale),
                stop, base + "/profile/notifications")).append('\n');
        return send(item.email(), sentence, body.toString(), stop);
    }

    /** Sends one person's digest; false when the server refused or is unreachable. */
    boolean sendDigest(List<MailItem> items) {
        MailItem first = items.getFirst();
        Locale locale = Locale.forLanguageTag(first.locale());
        String base = base();
        StringBuilder body = new StringBuilder();
        body.append(text("notification.mail.digest.intro", locale)).append("\n\n");
        for (MailItem item : items) {
            body.append("- ").append(sentence(item, locale)).append(" (").append(item.projectName()).append(")\n  ")
                    .append(base).append(TaskPaths.task(item.orgSlug(), item.projectId(), item.taskNumber()))
                    .append('\n');
        }
        String stop = base + "/unsubscribe/" + unsubscribe.token(first.recipientId(), UnsubscribeLinks.DIGEST);
        body.append("\n-- \n").append(text("notification.mail.digest.footer", locale, stop,
                base + "/profile/notifications")).append('\n');
        return send(first.email(), text("notification.mail.digest.subject", locale, items.size()), body.toString(), stop);
    }

    private boolean send(String to, String subject, String body, String unsubscribeUrl) {
        // RFC 8058: mail programs offer "unsubscribe" and send a POST to this address.
        return mail.send(to, subject, body, Map.of("List-Unsubscribe", "<" + unsubscribeUrl + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click", "Auto-Submitted", "auto-generated"));
    }

    private String sentence(MailItem item, Locale locale) {
        String actor = item.actorName() == null ? text("notification.someone", locale) : item.actorName();
        return text(Notification.messageKey(item.kind(), item.details()), locale, actor, item.taskTitle(),
                Notification.days(item.details()));
    }

    private static void quote(MailItem item, StringBuilder body) {
        if (item.commentBody() != null && (item.kind() == NotificationKind.MENTION
                || item.kind() == NotificationKind.COMMENT)) {
            String comment = item.commentBody().length() > 1000
                    ? item.commentBody().substring(0, 1000) + "…" : item.commentBody();
            body.append('\n');
            comment.lines().forEach(line -> body.append("> ").append(line).append('\n'));
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
