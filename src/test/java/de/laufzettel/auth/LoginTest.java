package de.laufzettel.auth;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginTest extends AppTest {

    @Test
    void aMemberSignsInAndOutAndTheOldSessionIsWorthNothingAfterwards() {
        TestOrg org = newOrganization("Anmeldestadt");
        Web browser = web();
        browser.get("/login");
        String anonymousSession = browser.sessionId();

        browser.login(org.admin().email(), PASSWORD);
        String signedInSession = browser.sessionId();
        assertThat(signedInSession).isNotNull().isNotEqualTo(anonymousSession);
        assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(200);

        Web.Page out = browser.post("/logout");
        assertThat(out.location()).endsWith("/login?loggedOut");
        assertThat(db.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                .param("p", org.admin().id().toString()).query(Integer.class).single()).isZero();
        assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(302);
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
        TestOrg org = newOrganization("Gleichstadt");
        Web.Page wrong = web().post("/login", "email", org.admin().email(), "password", "falsch-falsch");
        Web.Page unknown = web().post("/login", "email", "niemand-" + UUID.randomUUID() + "@x.example",
                "password", "falsch-falsch");
        assertThat(wrong.location()).isEqualTo(unknown.location()).endsWith("/login?error");
        assertThat(web().get("/login?error").body()).contains("E-Mail-Adresse oder Passwort ist falsch.");
    }

    @Test
    void tenFailuresLockAnAccountEvenAgainstTheRightPassword() {
        Account anna = newAccount("gesperrt-" + UUID.randomUUID() + "@x.example", "Anna");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(web().post("/login", "email", anna.email(), "password", "rate-" + i).location())
                    .endsWith("/login?error");
        }
        Web.Page locked = web().post("/login", "email", anna.email(), "password", PASSWORD);
        assertThat(locked.location()).endsWith("/login?locked");

        // After the lock has run out, the right password works again.
        db.sql("UPDATE login_lock SET locked_until = now() - interval '1 second' WHERE email = :e")
                .param("e", anna.email()).update();
        assertThat(web().post("/login", "email", anna.email(), "password", PASSWORD).location())
                .doesNotContain("error").doesNotContain("locked");
    }

    @Test
    void unknownAddressesAreLockedTheSameWaySoALockRevealsNothing() {
        String nobody = "unbekannt-" + UUID.randomUUID() + "@x.example";
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            web().post("/login", "email", nobody, "password", "rate-" + i);
        }
        assertThat(web().post("/login", "email", nobody, "password", "noch-einmal").location())
                .endsWith("/login?locked");
        assertThat(web().get("/login?locked").body()).contains("Zu viele fehlgeschlagene Anmeldeversuche");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedAndChangesNothing() {
        TestOrg org = newOrganization("Csrfstadt");
        Web browser = web().login(org.admin().email(), PASSWORD);
        Web.Page refused = browser.postRaw("/" + org.slug() + "/projects", Map.of("name", "Ohne Token"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Keine Berechtigung").doesNotContain("Exception");
        Web.Page forged = browser.postRaw("/" + org.slug() + "/projects",
                Map.of("name", "Falsches Token", "_csrf", "erfunden"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(db.sql("SELECT count(*) FROM project WHERE organization_id = :o")
                .param("o", org.org().id()).query(Integer.class).single()).isZero();
    }

    @Test
    void xForwardedForIsNotTrustedWithoutAConfiguredProxy() {
        String email = "proxy-" + UUID.randomUUID() + "@x.example";
        web().withHeader("X-Forwarded-For", "203.0.113.7").post("/login", "email", email, "password", "falsch");
        String recorded = db.sql("SELECT remote_address FROM login_failure WHERE email = :e")
                .param("e", email).query(String.class).single();
        assertThat(recorded).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void htmxMaySendTheCsrfTokenAsAHeader() {
        TestOrg org = newOrganization("Headerstadt");
        Web browser = web().login(org.admin().email(), PASSWORD);
        String token = browser.csrfToken();
        Web.Page created = browser.withHeader("X-CSRF-TOKEN", token)
                .postRaw("/" + org.slug() + "/projects", Map.of("name", "Per Header"));
        assertThat(created.status()).isEqualTo(302);
    }

    @Test
    void anHtmxRequestWithoutSessionIsSentToTheLoginPage() {
        TestOrg org = newOrganization("Ablaufsitzung");
        Web.Page page = web().withHeader("HX-Request", "true").get("/" + org.slug() + "/projects");
        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("HX-Redirect")).isEqualTo("/login");
    }
}
