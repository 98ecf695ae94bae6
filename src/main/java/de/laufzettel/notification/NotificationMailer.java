package de.laufzettel.notification;

import de.laufzettel.task.TaskPaths;
import de.laufzettel.web.PublicAddress;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes and sends notification e-mails in the recipient's language: one per notification, or one
 * digest per person and day. Plain text only. Every text from users that goes into a header (the
 * task title in the subject) has its control characters replaced, so a title such as
 * {@code "x\r\nBcc: …"} stays part of the subject.
 */
@Component
class NotificationMailer {
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final PublicAddress address;
    private final UnsubscribeLinks unsubscribe;
    private final String from;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, PublicAddress address,
            UnsubscribeLinks unsubscribe, @Value("${laufzettel.mail.from:laufzettel@localhost}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.address = address;
        this.unsubscribe = unsubscribe;
        this.from = from;
    }

    /** Whether this server sends e-mail at all (SMTP configured). */
    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends one notification; false when the server refused or is unreachable. */
    boolean sendOne(MailItem item) {
        Locale locale = Locale.forLanguageTag(item.locale());
        String base = address.withoutRequest();
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
        String base = address.withoutRequest();
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
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(headerSafe(subject));
            helper.setText(body);
            // RFC 8058: mail programs offer "unsubscribe" and send a POST to this address.
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            org.slf4j.LoggerFactory.getLogger(NotificationMailer.class)
                    .warn("Could not send a notification e-mail: {}", e.getMessage());
            return false;
        }
    }

    /** Control characters (line breaks above all) become spaces; long subjects are cut. */
    static String headerSafe(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        return clean.length() > 180 ? clean.substring(0, 179) + "…" : clean;
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
