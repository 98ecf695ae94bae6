package de.laufzettel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JourneysTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aMunicipalitySignsUpSignsInAndCreatesItsFirstProject() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "clara-" + suffix + "@beispielhausen.example";
        Page page = newPage();

        page.navigate("/signup");
        assertAccessible(page);
        page.getByLabel("Name der Organisation").fill("Gemeinde Beispielhausen " + suffix);
        // The short name is suggested while typing (our own script, allowed by the CSP).
        assertThat(page.getByLabel("Kurzname in der Adresse")).hasValue("gemeinde-beispielhausen-" + suffix);
        page.getByLabel("Ihr Name").fill("Clara Chefin");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Organisation anlegen")).click();
        page.waitForURL("**/gemeinde-beispielhausen-" + suffix + "/projects");
        assertThat(page.getByRole(AriaRole.HEADING, named("Projekte"))).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.GROUP).getByText("Clara Chefin").click();
        page.getByRole(AriaRole.BUTTON, named("Abmelden")).click();
        page.waitForURL("**/login?loggedOut");
        assertAccessible(page);

        signIn(page, email, PASSWORD);
        page.getByText("Neues Projekt").click();
        page.getByLabel("Projektname").fill("Website-Relaunch");
        page.getByLabel("Beschreibung").fill("Neuer Internetauftritt, barrierefrei");
        page.getByRole(AriaRole.BUTTON, named("Projekt anlegen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Website-Relaunch"))).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, named("Projekte")).first().click();
        assertThat(page.getByRole(AriaRole.LINK, named("Website-Relaunch"))).isVisible();

        // Archiving from the list happens in place (htmx, CSRF token as header) and is announced.
        String listUrl = page.url();
        page.getByRole(AriaRole.BUTTON, named("Website-Relaunch archivieren")).click();
        assertThat(page.locator("#live-status")).containsText("„Website-Relaunch“ wurde archiviert.");
        assertThat(page.getByRole(AriaRole.LINK, named("Website-Relaunch"))).hasCount(0);
        assertThat(page.url()).isEqualTo(listUrl);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, named("Archiviert")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Website-Relaunch"))).isVisible();
    }

    @Test
    void anInvitedColleagueJoinsInASecondBrowserAndSeesTheProjects() {
        TestOrg org = newOrganization("Einladungsdorf");
        Page admin = newPage();
        signIn(admin, org.admin().email(), PASSWORD);
        admin.navigate("/" + org.slug() + "/projects");
        admin.getByText("Neues Projekt").click();
        admin.getByLabel("Projektname").fill("Klimaschutzkonzept");
        admin.getByRole(AriaRole.BUTTON, named("Projekt anlegen")).click();

        admin.navigate("/" + org.slug() + "/invitations");
        assertAccessible(admin);
        String email = "ben-" + UUID.randomUUID().toString().substring(0, 6) + "@einladungsdorf.example";
        admin.getByLabel("E-Mail-Adresse").fill(email);
        admin.getByRole(AriaRole.BUTTON, named("Einladen")).click();
        String link = admin.getByLabel("Einladungslink", new Page.GetByLabelOptions().setExact(false)).inputValue();
        assertThat(link).contains("/invitations/");
        assertAccessible(admin);

        Page ben = newPage();
        ben.navigate(link);
        assertAccessible(ben);
        ben.getByLabel("Ihr Name").fill("Ben Bauer");
        ben.getByLabel("Passwort").fill(PASSWORD);
        ben.getByRole(AriaRole.BUTTON, named("Konto anlegen und beitreten")).click();
        ben.waitForURL("**/" + org.slug() + "/projects");
        assertThat(ben.getByRole(AriaRole.HEADING, named("Projekte"))).isVisible();
        assertAccessible(ben);

        admin.navigate("/" + org.slug() + "/members");
        assertThat(admin.locator(".row strong").getByText("Ben Bauer")).isVisible();
        assertAccessible(admin);

        // The admin shares the project with Ben, who then finds it in his list.
        admin.navigate("/" + org.slug() + "/projects");
        admin.getByRole(AriaRole.LINK, named("Klimaschutzkonzept")).click();
        admin.getByRole(AriaRole.LINK, named("Projektmitglieder")).click();
        assertAccessible(admin);
        admin.getByLabel("Person", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("Ben Bauer (" + email + ")"));
        admin.getByRole(AriaRole.BUTTON, named("Hinzufügen")).click();
        assertThat(admin.locator(".row strong").getByText("Ben Bauer")).isVisible();
        ben.reload();
        assertThat(ben.getByRole(AriaRole.LINK, named("Klimaschutzkonzept"))).isVisible();
    }

    @Test
    void aMemberSwitchesToEnglishInTheProfile() {
        TestOrg org = newOrganization("Sprachstadt");
        Page page = newPage();
        signIn(page, org.admin().email(), PASSWORD);
        page.navigate("/profile");
        assertAccessible(page);
        page.getByLabel("Sprache").selectOption("en");
        page.getByRole(AriaRole.BUTTON, named("Speichern")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Your details"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate("/" + org.slug() + "/projects");
        assertThat(page.getByRole(AriaRole.HEADING, named("Projects"))).isVisible();
        assertAccessible(page);
    }

    @Test
    void thePagesFitAPhoneScreen() {
        TestOrg org = newOrganization("Handystadt");
        Page page = newPage(375);
        page.navigate("/login");
        assertAccessible(page);
        signIn(page, org.admin().email(), PASSWORD);
        for (String path : new String[] {"/" + org.slug() + "/projects", "/" + org.slug() + "/members",
                "/" + org.slug() + "/invitations", "/profile", "/signup", "/" + org.slug() + "/nicht-da"}) {
            page.navigate(path);
            Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(path + " scrolls sideways").isLessThanOrEqualTo(0);
            assertAccessible(page);
        }
    }
}
