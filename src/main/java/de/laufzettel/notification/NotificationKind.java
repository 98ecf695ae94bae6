package de.laufzettel.notification;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a notification is about, each with the e-mail a person gets for it until they choose
 * otherwise: being mentioned, being assigned and due reminders at once; comments and changes on
 * watched tasks in the daily digest.
 */
public enum NotificationKind {
    MENTION(MailChoice.IMMEDIATE),
    ASSIGNMENT(MailChoice.IMMEDIATE),
    COMMENT(MailChoice.DIGEST),
    CHANGE(MailChoice.DIGEST),
    DUE(MailChoice.IMMEDIATE);

    private final MailChoice defaultMail;

    NotificationKind(MailChoice defaultMail) {
        this.defaultMail = defaultMail;
    }

    /** The name in the database, in links and in message keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    MailChoice defaultMail() {
        return defaultMail;
    }

    static Optional<NotificationKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }

    /** The defaults as an SQL {@code VALUES} list of (kind, mail), so that queries apply them in the database. */
    static final String DEFAULTS_SQL = Arrays.stream(values())
            .map(kind -> "('" + kind.key() + "', '" + kind.defaultMail.key() + "')")
            .collect(Collectors.joining(", ", "(VALUES ", ")"));

    /** How a person wants to hear of a kind by e-mail. */
    public enum MailChoice {
        IMMEDIATE, DIGEST, OFF;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Optional<MailChoice> of(String key) {
            return Arrays.stream(values()).filter(choice -> choice.key().equals(key)).findFirst();
        }
    }
}
