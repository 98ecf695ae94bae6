package de.laufzettel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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

        // Shortcuts: Alt + arrows move the focused card, announced and kept after a reload.
        page.keyboard().press("Alt+ArrowDown");
        assertThat(inProgress).hasText(new String[] {"Finale Designs teilen", "Präsentation erstellen"});
        assertThat(page.locator("#board-status")).containsText("an Position 2");
        page.keyboard().press("Alt+ArrowRight");
        assertThat(column(page, "Erledigt").locator("li.card a")).hasText(new String[] {"Präsentation erstellen"});
        assertThat(page.getByRole(AriaRole.LINK, named("Präsentation erstellen"))).isFocused();
        assertThat(page.locator("#board-status")).containsText("„Erledigt“");
        page.reload();
        assertThat(column(page, "Erledigt").locator("li.card a")).hasText(new String[] {"Präsentation erstellen"});
    }

    @Test
    void tagsAreMadeOnTheirPageAndTickedInTheDialog() {
        Page page = boardOf("Tagdorf");
        String board = page.url();
        Locator quickAdd = page.getByLabel("Neue Aufgabe in „Offen“");
        quickAdd.fill("Texte aktualisieren");
        quickAdd.press("Enter");
        page.getByRole(AriaRole.LINK, named("Tags verwalten")).click();
        for (String[] tag : new String[][] {{"Inhalt", "Grün"}, {"Dringend", "Rot"}, {"Design", "Lila"},
                {"Technik", "Blau"}, {"Recht", "Gelb"}, {"Presse", "Orange"}, {"Intern", "Grau"}}) {
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(tag[0]);
            page.getByLabel("Farbe", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel(tag[1]));
            page.getByRole(AriaRole.BUTTON, named("Tag anlegen")).click();
        }
        assertAccessible(page);
        page.navigate(board);
        page.getByRole(AriaRole.LINK, named("Texte aktualisieren")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Inhalt").check();
        dialog.getByLabel("Dringend").check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tags übernehmen")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Dringend")).isChecked();
        page.getByLabel("Neue Checkliste").fill("Vor dem Versand");
        page.getByRole(AriaRole.BUTTON, named("Checkliste anlegen")).click();
        page.getByLabel("Neuer Punkt in „Vor dem Versand“").fill("Rechtschreibung prüfen");
        page.getByRole(AriaRole.BUTTON, named("Hinzufügen")).click();
        page.getByRole(AriaRole.BUTTON, named("„Rechtschreibung prüfen“ abhaken")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Haken bei „Rechtschreibung prüfen“ entfernen"))).isVisible();
        Locator comment = page.getByLabel("Neuer Kommentar");
        comment.fill("Sieht gut aus, **danke**! ");
        comment.pressSequentially("@ann");
        assertThat(page.getByRole(AriaRole.LISTBOX)).isVisible();
        assertThat(page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setSelected(true))).containsText("Anna Admin");
        comment.press("Enter");
        assertThat(comment).hasValue(java.util.regex.Pattern.compile("Sieht gut aus, \\*\\*danke\\*\\*! @admin-[0-9a-f]{8} "));
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named("Kommentieren")).click();
        assertThat(page.locator(".comment-body strong")).hasText("danke");
        assertThat(page.locator(".comment-body").last()).containsText("@admin-");
        assertAccessible(page);
        page.navigate(board);
        assertThat(page.locator("li.card .tag")).hasText(new String[] {"Dringend", "Inhalt"});
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, named("Aktivität")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Aktivität"))).isVisible();
        assertAccessible(page);
        page.navigate(board + "/trash");
        assertAccessible(page);
        page.navigate(board + "/members");
        assertAccessible(page);
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

        // Esc closes the dialog once the page's script has made it modal.
        page.waitForFunction("document.getElementById('task-dialog').matches(':modal')");
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

    @Test
    void twoColleaguesSeeEachOthersChangesLiveWithoutLosingWhatTheyType() {
        Page anna = boardOf("Zweisamstadt");
        String boardUrl = anna.url();
        String slug = boardUrl.replaceAll("^https?://[^/]+/([^/]+)/.*$", "$1");
        java.util.UUID orgId = db.sql("SELECT id FROM organization WHERE slug = :s").param("s", slug)
                .query(java.util.UUID.class).single();
        de.laufzettel.account.Account benAccount = newAccount("ben-" + java.util.UUID.randomUUID() + "@zweisam.example", "Ben Bauer");
        organizations.addMember(orgId, benAccount.id(), de.laufzettel.organization.Role.MEMBER);
        db.sql("INSERT INTO project_member (organization_id, project_id, user_id, role) VALUES (:o, :p, :u, 'member')")
                .param("o", orgId).param("p", java.util.UUID.fromString(boardUrl.substring(boardUrl.lastIndexOf('/') + 1)))
                .param("u", benAccount.id()).update();
        Locator annaAdd = anna.getByLabel("Neue Aufgabe in „Offen“");
        annaAdd.fill("Texte aktualisieren");
        annaAdd.press("Enter");
        assertThat(anna.getByRole(AriaRole.LINK, named("Texte aktualisieren"))).isVisible();

        Page ben = newPage();
        signIn(ben, benAccount.email(), PASSWORD);
        ben.navigate(boardUrl);
        Locator benTyping = ben.getByLabel("Neue Aufgabe in „In Arbeit“");
        benTyping.fill("Halb getippt");

        annaAdd.fill("Finale Designs teilen");
        annaAdd.press("Enter");
        LocatorAssertions.IsVisibleOptions soon = new LocatorAssertions.IsVisibleOptions().setTimeout(3_000);
        assertThat(column(ben, "Offen").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Finale Designs teilen"))).isVisible(soon);
        assertThat(benTyping).hasValue("Halb getippt");
        assertThat(benTyping).isFocused();

        // Ben writes notes in a task's dialog while Anna moves another task: his dialog and text stay.
        ben.getByRole(AriaRole.LINK, named("Texte aktualisieren")).click();
        ben.getByRole(AriaRole.DIALOG).getByLabel("Notizen").fill("Entwurf, noch nicht gespeichert");
        anna.getByRole(AriaRole.LINK, named("Finale Designs teilen")).dragTo(column(anna, "In Arbeit").locator("ol.cards"));
        assertThat(column(ben, "In Arbeit").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Finale Designs teilen"))).isVisible(soon);
        assertThat(ben.getByRole(AriaRole.DIALOG)).isVisible();
        assertThat(ben.getByRole(AriaRole.DIALOG).getByLabel("Notizen")).hasValue("Entwurf, noch nicht gespeichert");
    }
}
