package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import org.junit.jupiter.api.Test;

/** The bell in a real browser: it rings without reload when someone mentions me, on any page. */
class NotificationBrowserTest extends BrowserTest {

    @Test
    void theBellUpdatesLiveWhenSomeoneMentionsMe() {
        BoardWithTask s = boardWithTask("Glockenstadt", "Bürgerbeteiligung planen");
        Account ben = s.org().member("Ben Glocke", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        Page page = newPage();
        signIn(page, ben.email(), PASSWORD);
        page.navigate("/" + s.org().slug() + "/projects");
        assertThat(page.locator("#bell").getAttribute("aria-label")).isEqualTo("Benachrichtigungen: keine ungelesen");
        // The page's stream is open before the mention is written (the server says "ready" first).
        page.locator("header[data-live=ready]").waitFor();

        String handle = ben.email().substring(0, ben.email().indexOf('@'));
        s.web().post(s.task() + "/comments", "body", "@" + handle + " bitte den Termin mit dem Ortsbeirat abstimmen");

        page.locator("#bell[aria-label='Benachrichtigungen: 1 ungelesen'] .bell-badge:text-is('1')").waitFor();
        assertThat(page.locator("#bell-status").textContent()).isEqualTo("Benachrichtigungen: 1 ungelesen");

        // On the board, too, through the board's own stream.
        page.navigate(s.board());
        page.locator("header[data-live=ready]").waitFor();
        s.web().post(s.task(), "_method", "put", "version", "0", "title", "Bürgerbeteiligung planen", "notes", "",
                "assignee", ben.id().toString(), "due", "", "dueTime", "");
        page.locator("#bell[aria-label='Benachrichtigungen: 2 ungelesen']").waitFor();

        page.locator("#bell").click();
        page.waitForURL(url -> url.endsWith("/notifications"));
        assertAccessible(page);
        assertThat(page.locator("ul.notifications li.unread").count()).isEqualTo(2);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Anna Admin hat Sie in „Bürgerbeteiligung planen“ erwähnt")).click();
        page.waitForURL(url -> url.endsWith(s.task()));
        page.navigate("/notifications");
        assertThat(page.locator("ul.notifications li.unread").count()).isEqualTo(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle als gelesen markieren")).click();
        page.locator("p.notice:has-text('Alle Benachrichtigungen sind als gelesen markiert.')").waitFor();
        assertThat(page.locator("ul.notifications li.unread").count()).isZero();
        assertThat(page.locator("#bell").getAttribute("aria-label")).isEqualTo("Benachrichtigungen: keine ungelesen");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Benachrichtigungen per E-Mail")).first().click();
        page.getByLabel("Kommentare zu beobachteten Aufgaben").selectOption("immediate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        page.locator("p.notice:has-text('Ihre Einstellungen sind gespeichert.')").waitFor();
        assertThat(page.getByLabel("Kommentare zu beobachteten Aufgaben").inputValue()).isEqualTo("immediate");
        assertAccessible(page);
    }
}
