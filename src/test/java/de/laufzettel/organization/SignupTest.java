package de.laufzettel.organization;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignupTest extends AppTest {

    private String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private int organizationCount() {
        return db.sql("SELECT count(*) FROM organization").query(Integer.class).single();
    }

    @Test
    void signUpFoundsTheOrganisationAndSignsTheAdminIn() {
        Web browser = web();
        String slug = "gemeinde-" + unique();
        Web.Page done = browser.post("/signup", "organizationName", "Gemeinde Beispielhausen", "slug", slug,
                "name", "Clara Chefin", "email", "clara-" + slug + "@beispiel.example", "password", PASSWORD);

        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/" + slug + "/projects");
        Web.Page projects = browser.get("/" + slug + "/projects");
        assertThat(projects.status()).isEqualTo(200);
        assertThat(projects.body()).contains("Gemeinde Beispielhausen").contains("Clara Chefin");
        assertThat(db.sql("SELECT role FROM membership m JOIN organization o ON o.id = m.organization_id WHERE o.slug = :s")
                .param("s", slug).query(String.class).single()).isEqualTo("admin");
    }

    @Test
    void anEmptySlugIsDerivedFromTheName() {
        String name = "Markt Überbrück " + unique();
        Web.Page done = web().post("/signup", "organizationName", name, "slug", "",
                "name", "Dora", "email", "dora-" + unique() + "@markt.example", "password", PASSWORD);
        assertThat(done.location()).contains("/markt-ueberbrueck-");
    }

    @Test
    void badInputIsExplainedNextToTheFieldAndChangesNothing() {
        TestOrg existing = newOrganization("Vorhanden");
        int before = organizationCount();
        String tooLong = "x".repeat(10_000);

        assertRejected(web().post("/signup", "organizationName", "", "slug", "leer-" + unique(),
                "name", "Eva", "email", "eva-" + unique() + "@x.example", "password", PASSWORD),
                "Bitte füllen Sie dieses Feld aus.");
        assertRejected(web().post("/signup", "organizationName", tooLong, "slug", "lang-" + unique(),
                "name", "Eva", "email", "eva-" + unique() + "@x.example", "password", PASSWORD),
                "Bitte höchstens 200 Zeichen.");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", "gut-" + unique(),
                "name", tooLong, "email", "eva-" + unique() + "@x.example", "password", PASSWORD),
                "Bitte höchstens 200 Zeichen.");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", "mail-" + unique(),
                "name", "Eva", "email", "keine-adresse", "password", PASSWORD),
                "gültige E-Mail-Adresse");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", "dup-" + unique(),
                "name", "Eva", "email", existing.admin().email().toUpperCase(), "password", PASSWORD),
                "Für diese E-Mail-Adresse gibt es schon ein Konto.");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", existing.slug(),
                "name", "Eva", "email", "eva-" + unique() + "@x.example", "password", PASSWORD),
                "Dieser Kurzname ist schon vergeben.");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", "Böse/../Adresse",
                "name", "Eva", "email", "eva-" + unique() + "@x.example", "password", PASSWORD),
                "Bitte nur Kleinbuchstaben");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", "login",
                "name", "Eva", "email", "eva-" + unique() + "@x.example", "password", PASSWORD),
                "reserviert");
        assertRejected(web().post("/signup", "organizationName", "Stadt", "slug", "kurz-" + unique(),
                "name", "Eva", "email", "eva-" + unique() + "@x.example", "password", "kurz"),
                "mindestens 10 Zeichen");

        assertThat(organizationCount()).isEqualTo(before);
    }

    @Test
    void theFormComesBackFilledInButWithoutThePassword() {
        Web.Page page = web().post("/signup", "organizationName", "Amt <b>Fett</b>", "slug", "",
                "name", "", "email", "frank@x.example", "password", "Geheimnis-1234567");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("value=\"Amt &lt;b>Fett&lt;/b>\"").doesNotContain("<b>Fett</b>")
                .contains("frank@x.example").doesNotContain("Geheimnis-1234567");
    }

    private static void assertRejected(Web.Page page, String message) {
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains(message).contains("aria-invalid=\"true\"").doesNotContain("Exception");
    }
}
