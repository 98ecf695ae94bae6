package de.laufzettel.organization;

import jakarta.mail.MessagingException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends the invitation link by e-mail when the operator has configured SMTP. */
@Component
class InvitationMailer {
    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            @Value("${laufzettel.mail.from:laufzettel@localhost}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends the link; false when SMTP is not configured or the server refused. */
    boolean send(String to, String organizationName, String inviterName, String link, Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            var message = sender.createMimeMessage();
            // MimeMessageHelper encodes subject and addresses, so no text from users can add headers.
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(messages.getMessage("invitation.mail.subject", new Object[] {organizationName}, locale));
            helper.setText(messages.getMessage("invitation.mail.body",
                    new Object[] {inviterName, organizationName, link}, locale));
            sender.send(message);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Could not send the invitation e-mail: {}", e.getMessage());
            return false;
        }
    }
}
