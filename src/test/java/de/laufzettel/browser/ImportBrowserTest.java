package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Importing a Trello board in a real browser: upload, preview (nothing written yet), import. */
class ImportBrowserTest extends BrowserTest {

    @Test
    void aMemberPreviewsAndImportsATrelloBoard() {
        TestOrg org = newOrganization("Importbrowserstadt");
        Page page = newPage();
        signIn(page, org.admin().email(), PASSWORD);
        page.navigate("/" + org.slug() + "/projects");
        page.getByText("Neues Projekt").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oder ein Projekt aus Trello oder MeisterTask importieren")).click();
        assertAccessible(page);
        page.getByLabel("Herkunft").selectOption("trello");
        page.getByLabel("Datei").setInputFiles(Path.of("src/test/resources/exchange/trello-board.json"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau anzeigen")).click();

        assertThat(page.locator("main").textContent()).contains("Es wird ein neues Projekt „Bürgerbüro 2027 🏛️“ angelegt")
                .contains("3 Abschnitten").contains("5 Aufgaben (davon 2 im Papierkorb").contains("5 Schlagwörtern")
                .contains("Karte „Karte ohne Liste“: ihre Liste fehlt im Export");
        assertAccessible(page);
        assertThat(db.sql("SELECT count(*) FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isZero();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren")).click();
        // The import runs in the background; its page shows the progress, then the way to the project.
        page.waitForURL(url -> url.matches(".*/projects/import/jobs/[0-9a-f-]{36}$"));
        Locator open = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum neuen Projekt"));
        open.waitFor();
        assertThat(page.locator("main").textContent()).contains("Der Import ist abgeschlossen.");
        assertAccessible(page);
        open.click();
        page.waitForURL(url -> url.matches(".*/projects/[0-9a-f-]{36}$"));
        assertThat(page.locator(".board").textContent()).contains("Möbel bestellen 🪑").contains("Ideen");
    }

    @Test
    void aSpreadsheetsColumnsAreChosenBeforeThePreview() throws Exception {
        TestOrg org = newOrganization("Importtabellenstadt");
        Page page = newPage();
        signIn(page, org.admin().email(), PASSWORD);
        Path csv = temp.resolve("Liste.csv");
        java.nio.file.Files.writeString(csv, "Titel,Spalte,Notiz\nAntrag prüfen,Offen,eilig\nBericht,Fertig,\n");
        page.navigate("/" + org.slug() + "/projects/import");
        page.getByLabel("Herkunft").selectOption("csv");
        page.getByLabel("Datei").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau anzeigen")).click();
        assertThat(page.getByLabel("Titel der Aufgabe").inputValue()).isEqualTo("Titel");
        assertAccessible(page);
        page.getByLabel("Abschnitt (Spalte auf dem Board)").selectOption("Spalte");
        page.getByLabel("Notizen").selectOption("Notiz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau anzeigen")).click();
        assertThat(page.locator("main").textContent()).contains("„Liste“").contains("2 Abschnitten").contains("2 Aufgaben");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum neuen Projekt")).click();
        page.waitForURL(url -> url.matches(".*/projects/[0-9a-f-]{36}$"));
        assertThat(page.locator(".board").textContent()).contains("Antrag prüfen").contains("Fertig");
    }
}
