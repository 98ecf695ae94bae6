package de.laufzettel.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import org.junit.jupiter.api.Test;

class ProfileTest extends AppTest {

    @Test
    void aMemberRenamesThemselvesAndSwitchesToEnglish() {
        TestOrg org = newOrganization("Profilstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        assertThat(anna.get("/" + org.slug() + "/projects").body()).contains("Projekte");

        Web.Page saved = anna.post("/profile", "_method", "put", "name", "Anna Amtmann", "locale", "en");
        assertThat(saved.location()).endsWith("/profile");
        String projects = anna.get("/" + org.slug() + "/projects").body();
        assertThat(projects).contains("<html lang=\"en\">").contains("Projects").contains("Anna Amtmann");

        // The language belongs to the account: a new session starts in English too.
        assertThat(web().login(org.admin().email(), PASSWORD).get("/profile").body()).contains("Your details");
    }

    @Test
    void badProfileInputChangesNothing() {
        TestOrg org = newOrganization("Profilfehler");
        Web anna = web().login(org.admin().email(), PASSWORD);
        Web.Page empty = anna.post("/profile", "_method", "put", "name", " ", "locale", "de");
        assertThat(empty.status()).isEqualTo(422);
        Web.Page klingon = anna.post("/profile", "_method", "put", "name", "Anna", "locale", "tlh");
        assertThat(klingon.status()).isEqualTo(422);
        assertThat(klingon.body()).contains("Deutsch oder English");
        assertThat(accounts.findById(org.admin().id()).orElseThrow().name()).isEqualTo("Anna Admin");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        TestOrg org = newOrganization("Passwortstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        Web.Page wrong = anna.post("/profile/password", "currentPassword", "geraten-123", "newPassword", "Ganz-neu-12345");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("Das aktuelle Passwort stimmt nicht.");
        Web.Page tooShort = anna.post("/profile/password", "currentPassword", PASSWORD, "newPassword", "kurz");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(accounts.passwordMatches(org.admin().id(), PASSWORD)).isTrue();

        assertThat(anna.post("/profile/password", "currentPassword", PASSWORD, "newPassword", "Ganz-neu-12345")
                .location()).endsWith("/profile");
        assertThat(accounts.passwordMatches(org.admin().id(), "Ganz-neu-12345")).isTrue();
        web().login(org.admin().email(), "Ganz-neu-12345");
    }
}
