package de.laufzettel.organization;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InvitationTest extends AppTest {
    private static final Pattern LINK = Pattern.compile("(/invitations/[A-Za-z0-9_-]{43})");

    private String invite(Web admin, TestOrg org, String email, String role) {
        Web.Page created = admin.post("/" + org.slug() + "/invitations", "email", email, "role", role);
        assertThat(created.status()).isEqualTo(302);
        Web.Page list = admin.get("/" + org.slug() + "/invitations");
        Matcher m = LINK.matcher(list.body());
        assertThat(m.find()).as("the link is shown to the admin").isTrue();
        return m.group(1);
    }

    @Test
    void aNewPersonAcceptsSetsNameAndPasswordAndSeesTheProjects() throws Exception {
        TestOrg org = newOrganization("Einladestadt");
        Web admin = web().login(org.admin().email(), PASSWORD);
        admin.post("/" + org.slug() + "/projects", "name", "Gemeinsames Projekt");
        String email = "neu-" + UUID.randomUUID() + "@einlade.example";
        String link = invite(admin, org, email, "member");

        Web invitee = web();
        Web.Page form = invitee.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Einladestadt").contains(email);
        Web.Page joined = invitee.post(link + "/acceptance", "name", "Nora Neu", "password", PASSWORD);
        assertThat(joined.location()).endsWith("/" + org.slug() + "/projects");
        assertThat(invitee.get("/" + org.slug() + "/projects").status()).isEqualTo(200);
        UUID inviteeId = accounts.findByEmail(email).orElseThrow().id();
        String project = db.sql("SELECT id FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(UUID.class).single().toString();
        admin.post("/" + org.slug() + "/projects/" + project + "/members", "userId", inviteeId.toString(), "role", "member");
        assertThat(invitee.get("/" + org.slug() + "/projects").body()).contains("Gemeinsames Projekt");

        // The same link cannot be used twice.
        Web.Page again = web().get(link);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("bereits verwendet");
        assertThat(web().post(link + "/acceptance", "name", "Zweiter", "password", PASSWORD).status()).isEqualTo(410);

        // The e-mail reached the SMTP server with the same link.
        MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> addressedTo(m, email)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).contains("Einladestadt");
        assertThat(mail.getContent().toString()).contains(link);
    }

    @Test
    void someoneWithAnAccountJoinsAfterSigningIn() {
        TestOrg org = newOrganization("Zweitstadt");
        TestOrg other = newOrganization("Erststadt");
        Web admin = web().login(org.admin().email(), PASSWORD);
        String link = invite(admin, org, other.admin().email(), "admin");

        Web invitee = web();
        Web.Page page = invitee.get(link);
        assertThat(page.body()).contains("Anmelden und beitreten");
        assertThat(invitee.post(link + "/acceptance", "name", "x", "password", PASSWORD).status()).isEqualTo(422);
        Web.Page login = invitee.post("/login", "email", other.admin().email(), "password", PASSWORD);
        assertThat(login.location()).contains(link);
        Web.Page joined = invitee.post(link + "/acceptance");
        assertThat(joined.location()).endsWith("/" + org.slug() + "/projects");

        // Both organisations are now in the switcher.
        String projects = invitee.get("/" + org.slug() + "/projects").body();
        assertThat(projects).contains("Zweitstadt").contains("Erststadt").contains("Organisation wechseln");
        assertThat(invitee.get("/" + org.slug() + "/invitations").status()).isEqualTo(200);
    }

    @Test
    void anExpiredOrRevokedLinkIsExplainedAndJoinsNobody() {
        TestOrg org = newOrganization("Ablaufstadt");
        Web admin = web().login(org.admin().email(), PASSWORD);
        String expired = invite(admin, org, "spaet@ablauf.example", "member");
        db.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = 'spaet@ablauf.example'")
                .update();
        Web.Page page = web().get(expired);
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("abgelaufen");
        assertThat(web().post(expired + "/acceptance", "name", "Spät", "password", PASSWORD).status()).isEqualTo(410);

        String revoked = invite(admin, org, "zurueck@ablauf.example", "member");
        UUID id = db.sql("SELECT id FROM invitation WHERE email = 'zurueck@ablauf.example'").query(UUID.class).single();
        assertThat(admin.post("/" + org.slug() + "/invitations/" + id, "_method", "delete").status()).isEqualTo(302);
        assertThat(web().get(revoked).status()).isEqualTo(410);
        assertThat(web().get("/invitations/" + "A".repeat(43)).status()).isEqualTo(410);

        assertThat(db.sql("SELECT count(*) FROM membership WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAdminsInviteAndBadAddressesAreRefused() {
        TestOrg org = newOrganization("Rollenstadt");
        Account ben = org.member("Ben Mitglied", Role.MEMBER);
        Web member = web().login(ben.email(), PASSWORD);
        assertThat(member.get("/" + org.slug() + "/invitations").status()).isEqualTo(403);
        assertThat(member.post("/" + org.slug() + "/invitations", "email", "x@y.example").status()).isEqualTo(403);

        Web admin = web().login(org.admin().email(), PASSWORD);
        Web.Page bad = admin.post("/" + org.slug() + "/invitations", "email", "kein at zeichen", "role", "member");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("gültige E-Mail-Adresse");
        Web.Page already = admin.post("/" + org.slug() + "/invitations", "email", ben.email(), "role", "member");
        assertThat(already.body()).contains("bereits Mitglied");
        assertThat(db.sql("SELECT count(*) FROM invitation WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isZero();
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
