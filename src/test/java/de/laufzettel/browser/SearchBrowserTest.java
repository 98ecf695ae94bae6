package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The header's search field: "/" reaches it from anywhere, a typing error still finds the task. */
class SearchBrowserTest extends BrowserTest {

    @Test
    void slashFocusesTheSearchAndATypingErrorStillFindsTheTask() {
        BoardWithTask s = boardWithTask("Suchbrowserstadt", "Präsentation erstellen");
        Page page = newPage();
        signIn(page, s.org().admin().email(), PASSWORD);
        page.navigate(s.board());
        page.locator("body").press("/");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("top-search");

        page.keyboard().type("Prasentation");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/search?q="));
        assertThat(page.locator("main").getByRole(AriaRole.STATUS).textContent()).isEqualTo("1 Treffer");
        // From the search field, the arrow key reaches the first hit.
        page.locator("#search-page-q").focus();
        page.keyboard().press("ArrowDown");
        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("search-hit");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + s.task().substring(s.task().lastIndexOf('/') + 1)
                + " Präsentation erstellen")).click();
        page.waitForURL(url -> url.endsWith(s.task()));
        assertThat(page.locator("#task-dialog-title").textContent()).contains("Präsentation erstellen");

        page.navigate("/search?q=Pr%C3%A4sentation");
        assertThat(page.locator("mark").first().textContent()).isEqualTo("Präsentation");
        assertAccessible(page);
    }
}
