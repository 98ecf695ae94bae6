package de.laufzettel.notification;

import de.laufzettel.notification.NotificationKind.MailChoice;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to hear of each kind of notification by e-mail. A change applies to
 * notifications from then on; those already waiting for the digest follow the new choice too
 * (unsubscribing stops them at once).
 */
@Component
class NotificationSettings {
    private final JdbcClient db;

    NotificationSettings(JdbcClient db) {
        this.db = db;
    }

    Map<NotificationKind, MailChoice> of(UUID accountId) {
        Map<NotificationKind, MailChoice> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.defaultMail());
        }
        db.sql("SELECT kind, mail FROM notification_setting WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .forEach(row -> NotificationKind.of(row[0]).ifPresent(kind ->
                        MailChoice.of(row[1]).ifPresent(choice -> choices.put(kind, choice))));
        return choices;
    }

    /** Admins are told when the server sends no e-mail, and how to change that. */
    boolean administersAnOrganization(UUID accountId) {
        return db.sql("""
                SELECT EXISTS (SELECT 1 FROM membership WHERE user_id = :account AND role = 'admin' AND deactivated_at IS NULL)
                """)
                .param("account", accountId).query(Boolean.class).single();
    }

    @Transactional
    void set(UUID accountId, NotificationKind kind, MailChoice choice) {
        db.sql("""
                INSERT INTO notification_setting (account_id, kind, mail) VALUES (:account, :kind, :mail)
                ON CONFLICT (account_id, kind) DO UPDATE SET mail = excluded.mail
                """)
                .param("account", accountId).param("kind", kind.key()).param("mail", choice.key()).update();
        String waiting = choice == MailChoice.OFF ? "none" : choice.key();
        db.sql("""
                UPDATE notification SET mail = :mail
                WHERE recipient_id = :account AND kind = :kind AND mail IN ('immediate', 'digest') AND mail <> :mail
                """)
                .param("mail", waiting).param("account", accountId).param("kind", kind.key()).update();
    }

    /** The one-click unsubscribe: one kind, or every kind that goes into the digest. */
    @Transactional
    void unsubscribe(UnsubscribeLinks.Target target) {
        if (target.kind() != null) {
            set(target.accountId(), target.kind(), MailChoice.OFF);
            return;
        }
        of(target.accountId()).forEach((kind, choice) -> {
            if (choice == MailChoice.DIGEST) {
                set(target.accountId(), kind, MailChoice.OFF);
            }
        });
    }
}
