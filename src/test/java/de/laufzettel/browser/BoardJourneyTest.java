package de.laufzettel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class BoardJourneyTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Page boardOf(String orgName) {
        TestOrg org = newOrganization(orgName);
        Page page = newPage();
        signIn(page, org.admin().email(), PASSWORD);
        page.navigate("/" + org.slug() + "/projects");
        page.getByText("Neues Projekt").click();
        page.getByLabel("Projektname").fill("Website-Relaunch");
        page.getByRole(AriaRole.BUTTON, named("Projekt anlegen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Website-Relaunch"))).isVisible();
        return page;
    }

    private static Locator column(Page page, String name) {
        return page.locator("section.column").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions().setHasText(name))));
    }

    @Test
    void tasksAreAddedQuicklyDraggedAndMovedByKeyboard() {
        Page page = boardOf("Kanbanstadt");
        Locator quickAdd = page.getByLabel("Neue Aufgabe in „Offen“");
        for (String title : new String[] {"Texte aktualisieren", "Finale Designs teilen", "Präsentation erstellen"}) {
            quickAdd.fill(title);
            quickAdd.press("Enter");
            assertThat(column(page, "Offen").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
                    .isVisible();
        }
        // The field stays ready for the next task, and the creation is announced.
        assertThat(quickAdd).isFocused();
        assertThat(quickAdd).hasValue("");
        assertThat(page.locator("#board-status")).hasText("Aufgabe „Präsentation erstellen“ angelegt.");
        assertAccessible(page);

        // Drag "Finale Designs teilen" into "In Arbeit".
        page.getByRole(AriaRole.LINK, named("Finale Designs teilen"))
                .dragTo(column(page, "In Arbeit").locator("ol.cards"));
        assertThat(page.locator("#board-status")).containsText("ist jetzt in „In Arbeit“");
        page.reload();
        assertThat(column(page, "In Arbeit").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Finale Designs teilen"))).isVisible();

        // The keyboard way: open the task, choose section and position, move.
        page.getByRole(AriaRole.LINK, named("Präsentation erstellen")).focus();
        page.keyboard().press("Enter");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        assertAccessible(page);
        dialog.getByLabel("Bereich").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("In Arbeit"));
        dialog.getByLabel("Position").fill("1");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verschieben")).click();
        Locator inProgress = column(page, "In Arbeit").locator("li.card a");
        assertThat(inProgress).hasText(new String[] {"Präsentation erstellen", "Finale Designs teilen"});
        // Back on the board after the move, the moved card has the focus.
        assertThat(page.getByRole(AriaRole.LINK, named("Präsentation erstellen"))).isFocused();
    }

    @Test
    void theTaskDialogHasItsOwnUrlAndEscReturnsToTheCard() {
        Page page = boardOf("Dialogstadt");
        Locator quickAdd = page.getByLabel("Neue Aufgabe in „Offen“");
        quickAdd.fill("Web Team briefen");
        quickAdd.press("Enter");
        page.getByRole(AriaRole.LINK, named("Web Team briefen")).click();
        page.waitForURL("**/tasks/*");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Notizen").fill("Agenda: Ziele, Zeitplan, Zuständigkeiten");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Notizen"))
                .hasValue("Agenda: Ziele, Zeitplan, Zuständigkeiten");
        String taskUrl = page.url();

        page.keyboard().press("Escape");
        page.waitForURL(url -> !url.contains("/tasks/"));
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, named("Web Team briefen"))).isFocused();

        page.navigate(taskUrl);
        page.getByRole(AriaRole.BUTTON, named("Als erledigt markieren")).click();
        assertThat(page.getByText("Diese Aufgabe ist erledigt.")).isVisible();
        page.getByRole(AriaRole.LINK, named("Schließen")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Web Team briefen"))).hasCount(0);
    }
}
