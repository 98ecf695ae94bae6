package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Any CSV, with its columns chosen in a mapping step, then previewed, then imported. */
class CsvImportTest extends AppTest {

    @Test
    void aSpreadsheetBecomesAProjectAfterChoosingItsColumns() {
        TestOrg org = newOrganization("Tabellenstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String imports = "/" + org.slug() + "/projects/import";
        String csv = "Betreff;Beschreibung;Phase;Frist;Verantwortlich;Kategorie;Erledigt;Nummer\r\n"
                + "Sitzungsvorlage schreiben;\"Für den Bauausschuss; mit Plänen\";Entwurf;2027-05-04;Anna Admin;Bau, Presse;nein;1\r\n"
                + ";ohne Titel;Entwurf;;;;;2\r\n"
                + "Ausschreibung veröffentlichen 📣;;Freigabe;;;Vergabe;ja;3\r\n";
        Web.Page mapping = anna.upload(imports + "?format=csv", "Maßnahmen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(mapping.status()).isEqualTo(200);
        // Common header names are chosen already; the person can change each choice.
        assertThat(mapping.body()).contains("<option value=\"Betreff\" selected>Betreff</option>")
                .contains("<option value=\"Phase\" selected>Phase</option>")
                .contains("<option value=\"Frist\" selected>Frist</option>")
                .contains("value=\"Maßnahmen\"");
        Matcher action = Pattern.compile("action=\"(" + Pattern.quote(imports) + "/[0-9a-f-]{36})/preview\"").matcher(mapping.body());
        assertThat(action.find()).isTrue();

        Web.Page preview = anna.post(action.group(1) + "/preview", "project", "Maßnahmenplan", "column-title", "Betreff",
                "column-notes", "Beschreibung", "column-section", "Phase", "column-due", "Frist",
                "column-assignee", "Verantwortlich", "column-tags", "Kategorie", "column-done", "Erledigt");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("„Maßnahmenplan“").contains("2 Aufgaben").contains("Zeile 3: kein Titel")
                .contains("3 Schlagwörtern");

        Web.Page done = anna.post(action.group(1), "format", "csv", "project", "Maßnahmenplan", "column-title", "Betreff",
                "column-notes", "Beschreibung", "column-section", "Phase", "column-due", "Frist",
                "column-assignee", "Verantwortlich", "column-tags", "Kategorie", "column-done", "Erledigt");
        assertThat(done.location()).matches(".*/projects/import/jobs/[0-9a-f-]{36}$");
        String job = done.location().substring(done.location().indexOf(imports));
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> anna.get(job + "/progress").body()
                .contains("Der Import ist abgeschlossen."));
        Matcher link = Pattern.compile("/projects/([0-9a-f-]{36})\"").matcher(anna.get(job + "/progress").body());
        assertThat(link.find()).isTrue();
        UUID project = UUID.fromString(link.group(1));
        assertThat(db.sql("SELECT name FROM project WHERE id = :p").param("p", project).query(String.class).single())
                .isEqualTo("Maßnahmenplan");
        assertThat(db.sql("""
                SELECT t.title || '|' || t.notes || '|' || s.name || '|' || coalesce(t.due_date::text, '-') || '|'
                       || (t.assignee_id IS NOT NULL) || '|' || (t.completed_at IS NOT NULL)
                FROM task t JOIN section s ON s.id = t.section_id AND s.organization_id = t.organization_id
                WHERE t.project_id = :p ORDER BY t.number
                """).param("p", project).query(String.class).list()).containsExactly(
                "Sitzungsvorlage schreiben|Für den Bauausschuss; mit Plänen|Entwurf|2027-05-04|true|false",
                "Ausschreibung veröffentlichen 📣||Freigabe|-|false|true");
    }
}
