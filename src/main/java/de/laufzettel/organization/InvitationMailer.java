package de.laufzettel.organization;

import de.laufzettel.web.Mail;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Sends the invitation link by e-mail when the operator has configured SMTP. */
@Component
class InvitationMailer {
    private final Mail mail;
    private final MessageSource messages;

    InvitationMailer(Mail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    boolean configured() {
        return mail.configured();
    }

    /** Sends the link; false when SMTP is not configured or the server refused. */
    boolean send(String to, String organizationName, String inviterName, String link, Locale locale) {
        return mail.send(to, messages.getMessage("invitation.mail.subject", new Object[] {organizationName}, locale),
                messages.getMessage("invitation.mail.body", new Object[] {inviterName, organizationName, link}, locale),
                Map.of());
    }
}
