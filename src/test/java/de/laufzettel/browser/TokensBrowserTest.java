package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Making and revoking an API token in a real browser, from the profile, and reading the API's documentation; axe-clean. */
class TokensBrowserTest extends BrowserTest {

    @Test
    void aMemberMakesATokenSeesItOnceAndRevokesIt() {
        TestOrg org = newOrganization("Tokenbrowserstadt");
        Page page = newPage();
        signIn(page, org.admin().email(), PASSWORD);
        page.navigate("/profile");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-Tokens in Tokenbrowserstadt")).click();
        assertAccessible(page);

        page.getByLabel("Name").fill("Fachverfahren Bauanträge");
        page.getByLabel("Schreiben (Aufgaben anlegen und ändern)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token erzeugen")).click();
        String token = page.getByLabel("Token", new Page.GetByLabelOptions().setExact(true)).inputValue();
        assertThat(token).matches("lzt_[A-Za-z0-9_-]{43}");
        assertThat(page.locator("main").textContent()).contains("nur dieses eine Mal angezeigt").contains("read, write");
        assertAccessible(page);

        page.navigate("/" + org.slug() + "/tokens");
        assertThat(page.content()).doesNotContain(token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token „Fachverfahren Bauanträge“ widerrufen").setExact(true))
                .first().click();
        assertThat(page.locator("main").textContent()).contains("widerrufen am");

        // From the token page to the API's documentation, read from the OpenAPI description.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Dokumentation der API")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Laufzettel-API").setLevel(1))
                .isVisible()).isTrue();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("PATCH /api/v1/projects/{projectId}/tasks/{number}").setExact(true))
                .isVisible())
                .isTrue();
        assertAccessible(page);
    }
}
