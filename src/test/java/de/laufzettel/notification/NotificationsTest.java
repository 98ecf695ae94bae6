package de.laufzettel.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Notifications end to end: written with the change, shown in the bell, e-mailed through SMTP (GreenMail). */
class NotificationsTest extends AppTest {
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe/([A-Za-z0-9_-]+)");

    @Autowired
    MailDelivery delivery;

    @Test
    void aMentionReachesTheBellAndTheMailboxInTheRecipientsLanguageButNotTheAuthor() throws Exception {
        BoardWithTask s = boardWithTask("Erwähnstadt", "Haushaltsplan prüfen");
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        Account emma = accounts.create("emma-" + UUID.randomUUID().toString().substring(0, 8) + "@erwaehn.example",
                "Emma English", PASSWORD, "en");
        organizations.addMember(s.org().org().id(), emma.id(), Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        s.web().post(s.board() + "/members", "userId", emma.id().toString(), "role", "commenter");
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.get("/" + s.org().slug() + "/projects").body()).contains("Benachrichtigungen: keine ungelesen");

        s.web().post(s.task() + "/comments", "body", "Bitte bis Freitag, @" + handle(ben) + " und @" + handle(emma) + ".");

        assertThat(benWeb.get("/" + s.org().slug() + "/projects").body()).contains("Benachrichtigungen: 1 ungelesen");
        String list = benWeb.get("/notifications").body();
        assertThat(list).contains("Anna Admin hat Sie in „Haushaltsplan prüfen“ erwähnt");
        assertThat(s.web().get("/notifications").body()).contains("Keine Benachrichtigungen.");

        MimeMessage german = awaitMail(ben.email());
        assertThat(german.getSubject()).isEqualTo("Anna Admin hat Sie in „Haushaltsplan prüfen“ erwähnt");
        String body = german.getContent().toString();
        assertThat(body).contains("> Bitte bis Freitag").contains("Zur Aufgabe: ").contains(s.task())
                .contains("Keine E-Mails mehr dafür: ");
        assertThat(german.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe/");
        assertThat(german.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMessage english = awaitMail(emma.email());
        assertThat(english.getSubject()).isEqualTo("Anna Admin mentioned you in “Haushaltsplan prüfen”");
        assertThat(english.getContent().toString()).contains("Open the task: ");
        assertThat(mailsTo(s.org().admin().email())).isEmpty();

        // Opening it from the list marks it read and leads to the task.
        UUID id = db.sql("SELECT id FROM notification WHERE recipient_id = :u").param("u", ben.id())
                .query(UUID.class).single();
        Web.Page open = benWeb.get("/notifications/" + s.org().slug() + "/" + id);
        assertThat(open.location()).endsWith(s.task());
        assertThat(benWeb.get("/" + s.org().slug() + "/projects").body()).contains("Benachrichtigungen: keine ungelesen");
        // Nobody else can open or mark it.
        Web emmaWeb = web().login(emma.email(), PASSWORD);
        assertThat(emmaWeb.get("/notifications/" + s.org().slug() + "/" + id).status()).isEqualTo(404);

        // A notification counts while its task and project are in reach: not in the trash, not
        // archived. (Emma watches the task since she was mentioned: trash and restore tell her too.)
        assertThat(emmaWeb.get("/profile").body()).contains("Notifications: 1 unread");
        s.web().post(s.task() + "/trash");
        assertThat(emmaWeb.get("/profile").body()).contains("Notifications: none unread");
        s.web().post(s.task() + "/trash", "_method", "delete");
        assertThat(emmaWeb.get("/profile").body()).contains("Notifications: 3 unread");
        s.web().post(s.board() + "/archival");
        assertThat(emmaWeb.get("/profile").body()).contains("Notifications: none unread");
        s.web().post(s.board() + "/archival", "_method", "delete");
        assertThat(emmaWeb.get("/profile").body()).contains("Notifications: 3 unread");

        // Whoever leaves the project no longer sees its notifications, nor counts them.
        s.web().post(s.board() + "/members/" + emma.id(), "_method", "delete");
        assertThat(emmaWeb.get("/profile").body()).contains("Notifications: none unread");
        assertThat(emmaWeb.get("/notifications").body()).doesNotContain("Haushaltsplan prüfen");
    }

    @Test
    void anAssignmentIsAnnouncedAndATitleCannotAddMailHeaders() throws Exception {
        BoardWithTask s = boardWithTask("Kopfzeilenstadt", "Angebot");
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        String evil = "Angebot\r\nBcc: opfer@angreifer.example\r\nX-Evil: ja";
        db.sql("UPDATE task SET title = :t WHERE project_id = :p").param("t", evil).param("p", s.project()).update();

        s.web().post(s.task(), "_method", "put", "version", "0", "title", evil, "notes", "", "assignee",
                ben.id().toString(), "due", "", "dueTime", "");

        MimeMessage mail = awaitMail(ben.email());
        assertThat(mail.getSubject()).startsWith("Anna Admin hat Ihnen „Angebot Bcc: opfer@angreifer.example X-Evil: ja“")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getHeader("X-Evil")).isNull();
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly(ben.email());
        assertThat(mailsTo("opfer@angreifer.example")).isEmpty();
    }

    @Test
    void nobodyHearsOfTheirOwnActionsAndDeactivatedMembersHearNothing() {
        BoardWithTask s = boardWithTask("Stillstadt", "Ruhig bleiben");
        Account carl = s.org().member("Carl Weg", Role.MEMBER);
        Account dora = s.org().member("Dora Da", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", carl.id().toString(), "role", "member");
        s.web().post(s.board() + "/members", "userId", dora.id().toString(), "role", "member");
        s.web().post(s.task() + "/watchers", "userId", carl.id().toString());
        s.web().post(s.task() + "/watchers", "userId", dora.id().toString());
        s.web().post("/" + s.org().slug() + "/members/" + carl.id() + "/deactivation");

        // Anna takes the task herself: the watchers hear of it, she does not.
        s.web().post(s.task(), "_method", "put", "version", "0", "title", "Ruhig bleiben", "notes", "",
                "assignee", s.org().admin().id().toString(), "due", "", "dueTime", "");
        // Dora comments: Anna hears of it as the assignee, Dora (now watching) not of her own comment.
        web().login(dora.email(), PASSWORD).post(s.task() + "/comments", "body", "Dora kommentiert, @" + handle(carl));
        s.web().post(s.task() + "/completion");

        assertThat(kinds(dora.id())).containsExactly("change", "change");
        assertThat(kinds(s.org().admin().id())).containsExactly("comment");
        assertThat(kinds(carl.id())).isEmpty();
    }

    @Test
    void choicesDigestAndOneClickUnsubscribe() throws Exception {
        BoardWithTask s = boardWithTask("Zusammenfassstadt", "Wochenplan");
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        s.web().post(s.task() + "/watchers", "userId", ben.id().toString());
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.get("/profile/notifications").body()).contains("Kommentare zu beobachteten Aufgaben")
                .doesNotContain("versendet zurzeit keine E-Mails");

        // Comments on watched tasks go to the daily digest unless one chooses otherwise.
        s.web().post(s.task() + "/comments", "body", "Erster Kommentar");
        s.web().post(s.task(), "_method", "put", "version", "0", "title", "Wochenplan 48", "notes", "neu",
                "assignee", "", "due", "", "dueTime", "");
        assertThat(db.sql("SELECT mail FROM notification WHERE recipient_id = :u ORDER BY created_at")
                .param("u", ben.id()).query(String.class).list()).containsExactly("digest", "digest");
        Instant tomorrowMorning = Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(8));
        assertThat(delivery.sendDigests(tomorrowMorning)).isGreaterThanOrEqualTo(1);
        assertThat(delivery.sendDigests(tomorrowMorning)).isZero();
        List<MimeMessage> digests = mailsTo(ben.email());
        assertThat(digests).hasSize(1);
        assertThat(digests.getFirst().getSubject()).isEqualTo("Laufzettel: 2 Neuigkeiten für Sie");
        assertThat(digests.getFirst().getContent().toString())
                .contains("Anna Admin hat „Wochenplan 48“ kommentiert (Website-Relaunch)")
                .contains("Anna Admin hat „Wochenplan 48“ geändert");

        // A choice that is none of the offered ones changes nothing; a real one is kept.
        benWeb.post("/profile/notifications", "comment", "immediate", "mention", "laut");
        assertThat(db.sql("SELECT kind || '=' || mail FROM notification_setting WHERE account_id = :u")
                .param("u", ben.id()).query(String.class).list()).containsExactly("comment=immediate");
        s.web().post(s.task() + "/comments", "body", "Zweiter Kommentar");
        MimeMessage immediate = awaitMail(ben.email(), "kommentiert");
        Matcher token = UNSUBSCRIBE.matcher(immediate.getContent().toString());
        assertThat(token.find()).isTrue();

        // Opening the link only asks; the POST (as a mail program sends it, without CSRF token) unsubscribes.
        Web stranger = web();
        assertThat(stranger.get("/unsubscribe/" + token.group(1)).body()).contains("Keine E-Mails mehr für Kommentare");
        assertThat(db.sql("SELECT mail FROM notification_setting WHERE account_id = :u AND kind = 'comment'")
                .param("u", ben.id()).query(String.class).single()).isEqualTo("immediate");
        Web.Page done = stranger.postRaw("/unsubscribe/" + token.group(1), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Sie bekommen keine E-Mails mehr für Kommentare zu beobachteten Aufgaben");
        assertThat(db.sql("SELECT mail FROM notification_setting WHERE account_id = :u AND kind = 'comment'")
                .param("u", ben.id()).query(String.class).single()).isEqualTo("off");
        s.web().post(s.task() + "/comments", "body", "Dritter Kommentar");
        assertThat(db.sql("SELECT mail FROM notification WHERE recipient_id = :u ORDER BY created_at DESC LIMIT 1")
                .param("u", ben.id()).query(String.class).single()).isEqualTo("none");

        // A token that was tampered with, or made up, is not found.
        String forged = token.group(1).substring(0, token.group(1).length() - 2) + "AA";
        assertThat(stranger.postRaw("/unsubscribe/" + forged, Map.of()).status()).isEqualTo(404);
        assertThat(stranger.get("/unsubscribe/nicht-echt").status()).isEqualTo(404);
    }

    private List<String> kinds(UUID recipient) {
        return db.sql("SELECT kind FROM notification WHERE recipient_id = :u ORDER BY created_at")
                .param("u", recipient).query(String.class).list();
    }

    private static String handle(Account account) {
        return account.email().substring(0, account.email().indexOf('@'));
    }

    private static MimeMessage awaitMail(String address) {
        return awaitMail(address, "");
    }

    /** Waits for the mail job (it polls every second in the tests) to deliver to GreenMail. */
    private static MimeMessage awaitMail(String address, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> mailsTo(address).stream().filter(m -> subject(m).contains(subjectPart)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
