package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** "Meine Aufgaben" in a real browser: pin from the dialog, sort into one's own sections by keyboard. */
class AgendaBrowserTest extends BrowserTest {

    @Test
    void aPinnedTaskIsSortedIntoFocusWithTheKeyboard() {
        BoardWithTask s = boardWithTask("Agendabrowserstadt", "Finale Designs teilen");
        Page page = newPage();
        signIn(page, s.org().admin().email(), PASSWORD);
        page.navigate(s.task());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("An „Meine Aufgaben“ anheften")).click();
        page.locator("button[aria-pressed=true]:text-is('An „Meine Aufgaben“ anheften')").waitFor();

        // The dialog is modal: close it first, then the header's link is reachable.
        page.navigate(s.board());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meine Aufgaben")).click();
        page.waitForURL(url -> url.endsWith("/agenda"));
        assertAccessible(page);
        page.getByLabel("„Finale Designs teilen“ verschieben nach").focus();
        page.getByLabel("„Finale Designs teilen“ verschieben nach").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Fokus"));
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("/agenda#task-"));
        assertThat(page.locator("section:has(h2:has-text('Fokus'))").textContent()).contains("Finale Designs teilen");
        assertThat(page.locator("section:has(h2:has-text('Eingang'))").textContent()).doesNotContain("Finale Designs teilen");

        // And back into the inbox by dragging; the screen reader hears where it went.
        page.locator("#agenda li.agenda-task a:text-is('Finale Designs teilen')")
                .dragTo(page.locator("ol[data-agenda-section=inbox]"));
        page.locator("#board-status:has-text('liegt jetzt in „Eingang“')").waitFor();
        page.reload();
        assertThat(page.locator("section:has(h2:has-text('Eingang'))").textContent()).contains("Finale Designs teilen");
        assertThat(page.locator("section:has(h2:has-text('Fokus'))").textContent()).doesNotContain("Finale Designs teilen");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nach Fälligkeit")).click();
        assertThat(page.locator("section:has(h2:has-text('Ohne Datum'))").textContent()).contains("Finale Designs teilen");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lösen – Finale Designs teilen")).click();
        page.waitForURL(url -> url.endsWith("/agenda"));
        assertThat(page.locator("#agenda").textContent()).doesNotContain("Finale Designs teilen");

        // The calendar subscription lives next to the profile; its address is shown once.
        page.navigate("/profile");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fällige Aufgaben im eigenen Kalender (Thunderbird, Outlook, Nextcloud)")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adresse erzeugen")).click();
        assertThat(page.getByLabel("Kalender-Adresse").inputValue()).matches("http://.+/calendar/.+\\.ics");
        assertAccessible(page);
    }

    @Test
    void aTaskAssignedBySomeoneElseAppearsWithoutReload() {
        BoardWithTask s = boardWithTask("Agendalivestadt", "Web Team briefen");
        de.laufzettel.account.Account ben = s.org().member("Ben Live", de.laufzettel.organization.Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        Page page = newPage();
        signIn(page, ben.email(), PASSWORD);
        page.navigate("/agenda");
        assertThat(page.locator("#agenda").textContent()).doesNotContain("Web Team briefen");
        // The page's live stream is open before the change (the server says "ready" first).
        page.locator("#agenda[data-live-ready=true]").waitFor();

        s.web().post(s.task(), "_method", "put", "version", "0", "title", "Web Team briefen", "notes", "",
                "assignee", ben.id().toString(), "due", "", "dueTime", "");
        page.locator("section:has(h2:has-text('Eingang')) a:text-is('Web Team briefen')").waitFor();
        assertAccessible(page);

        // Each row's buttons share one form and each goes where it says: done, then open again.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erledigen – Web Team briefen")).click();
        page.waitForURL(url -> url.endsWith("/agenda"));
        page.locator("details.agenda-done summary").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wieder öffnen – Web Team briefen")).click();
        page.locator("section:has(h2:has-text('Eingang')) a:text-is('Web Team briefen')").waitFor();
        assertThat(page.locator("details.agenda-done summary .count").textContent()).isEqualTo("0");
    }
}
