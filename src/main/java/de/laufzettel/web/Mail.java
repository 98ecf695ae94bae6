package de.laufzettel.web;

import jakarta.mail.MessagingException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends Laufzettel's e-mails (plain text, UTF-8) when the operator has configured SMTP. Every
 * subject passes {@link #headerSafe}, so no text from users (an organisation's name, a task's
 * title) can add a header, whichever feature writes the mail.
 */
@Component
public class Mail {
    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    Mail(ObjectProvider<JavaMailSender> mailSender, @Value("${laufzettel.mail.from:laufzettel@localhost}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Whether this server sends e-mail at all. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Sends one mail; {@code headers} are further headers of our own (not user text). False when
     * SMTP is not configured or the server refused.
     */
    public boolean send(String to, String subject, String text, Map<String, String> headers) {
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
            helper.setText(text);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Could not send an e-mail: {}", e.getMessage());
            return false;
        }
    }

    /** Control characters (line breaks above all) become spaces; long subjects are cut. */
    public static String headerSafe(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        return clean.length() > 180 ? clean.substring(0, 179) + "…" : clean;
    }
}
