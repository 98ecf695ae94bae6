package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.laufzettel.support.AppTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A realistic Trello export (test resource exchange/trello-board.json) comes in as a project; tasks are numbered in board order. */
class BoardImportTest extends AppTest {
    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    BoardImport trello;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aTrelloBoardBecomesAProjectWithEverythingInPlace() throws Exception {
        TestOrg org = newOrganization("Trellostadt");
        Path file = Path.of("src/test/resources/exchange/trello-board.json");

        BoardImport.Summary preview = trello.preview(file, "trello");
        assertThat(preview.project()).isEqualTo("Bürgerbüro 2027 🏛️");
        assertThat(List.of(preview.sections(), preview.tasks(), preview.trashed(), preview.tags(), preview.checklists(),
                preview.comments())).containsExactly(3, 5, 2, 5, 1, 2);
        assertThat(preview.skipped()).extracting(reason -> reason.text(messages, java.util.Locale.GERMAN))
                .containsExactly("Karte „Karte ohne Liste“: ihre Liste fehlt im Export");
        assertThat(projects(org)).isZero(); // the preview wrote nothing

        // Through the command line, as an operator runs it.
        System.setProperty("laufzettel.db.url", ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl());
        System.setProperty("laufzettel.db.user", "postgres");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            code = de.laufzettel.CommandLineAccess.run(new String[] {"import", "--format", "trello", "--file",
                    file.toString(), "--organization", org.slug()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream()));
        } finally {
            System.clearProperty("laufzettel.db.url");
            System.clearProperty("laufzettel.db.user");
        }
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Imported trello \"Bürgerbüro 2027 🏛️\"");

        UUID project = db.sql("SELECT id FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(UUID.class).single();
        assertThat(db.sql("SELECT name FROM section WHERE project_id = :p ORDER BY rank").param("p", project)
                .query(String.class).list()).containsExactly("Ideen", "In Arbeit", "Altes Zeug");
        assertThat(db.sql("""
                SELECT t.title FROM task t JOIN section s ON s.id = t.section_id AND s.organization_id = t.organization_id
                WHERE t.project_id = :p AND s.name = 'Ideen' ORDER BY t.rank
                """).param("p", project).query(String.class).list())
                .containsExactly("<b>Raumplan</b> & Flure", "Möbel bestellen 🪑");
        assertThat(db.sql("SELECT name || '/' || colour FROM tag WHERE project_id = :p ORDER BY name").param("p", project)
                .query(String.class).list())
                .containsExactlyInAnyOrder("Dringend/red", "dringend (2)/orange", "Grau/grey", "Grün/green", "Presse/blue");

        Map<String, Object> chairs = db.sql("""
                SELECT t.notes, t.assignee_id, t.due_date, t.due_time, t.tag_ids::text AS tags, t.id
                FROM task t WHERE t.project_id = :p AND t.title = 'Möbel bestellen 🪑'
                """).param("p", project).query().singleRow();
        assertThat((String) chairs.get("notes")).startsWith("Tische **und** Stühle\n\n- 12 Stühle")
                .contains("[Angebot.pdf](https://trello.com/1/cards/c2/attachments/a1/download/Angebot.pdf) (240 KB)"
                        + " – in Trello hochgeladen, nur mit Trello-Anmeldung abrufbar")
                .contains("- [Katalog](https://moebel.example/katalog)");
        assertThat(chairs.get("assignee_id")).isEqualTo(org.admin().id());
        assertThat(((java.sql.Date) chairs.get("due_date")).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(((java.sql.Time) chairs.get("due_time")).toLocalTime()).isEqualTo(LocalTime.of(14, 30));
        UUID chairsId = (UUID) chairs.get("id");
        assertThat(db.sql("""
                SELECT i.text || ':' || (i.done_at IS NOT NULL) FROM checklist_item i WHERE i.task_id = :t ORDER BY i.rank
                """).param("t", chairsId).query(String.class).list())
                .containsExactly("Budget klären:true", "Angebot prüfen ✅:true", "Bestellen:false");
        assertThat(db.sql("""
                SELECT u.name || '|' || c.body || '|' || to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
                FROM comment c JOIN app_user u ON u.id = c.author_id WHERE c.task_id = :t ORDER BY c.created_at
                """).param("t", chairsId).query(String.class).list()).containsExactly(
                "Anna Admin|Bitte **bis Freitag** – danke! 😊|2027-01-05 10:15",
                "Anna Admin|*Gerda Gast (aus Trello):*\n\nIch kümmere mich um die Stühle.|2027-01-06 11:00");

        Map<String, Object> keys = db.sql("""
                SELECT due_date, due_time, completed_at IS NOT NULL AS done FROM task WHERE project_id = :p
                AND title = 'Schlüssel übergeben'
                """).param("p", project).query().singleRow();
        assertThat(((java.sql.Date) keys.get("due_date")).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(keys.get("due_time")).isNull();
        assertThat(keys.get("done")).isEqualTo(true);
        assertThat(db.sql("SELECT title FROM task WHERE project_id = :p AND trashed_at IS NOT NULL ORDER BY title")
                .param("p", project).query(String.class).list()).containsExactly("Archivkarte", "Verworfen: Umzug im Winter");

        // The board shows the HTML title as text.
        var web = web().login(org.admin().email(), PASSWORD);
        String board = web.get("/" + org.slug() + "/projects/" + project).body();
        assertThat(board).contains("&lt;b&gt;Raumplan&lt;/b&gt; &amp; Flure").doesNotContain("<b>Raumplan</b>");
    }

    @Test
    void whatIsNotATrelloExportIsRefused() throws Exception {
        TestOrg org = newOrganization("Trellofremd");
        Path broken = Files.createTempFile(temp, "board", ".json");
        Files.writeString(broken, "{\"lists\": [");
        assertThatThrownBy(() -> trello.importInto(org.slug(), broken, "trello")).isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(english(refused)).contains("not valid JSON"));
        Path other = Files.createTempFile(temp, "board", ".json");
        Files.writeString(other, "{\"name\": \"kein Board\"}");
        assertThatThrownBy(() -> trello.preview(other, "trello")).isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(english(refused)).contains("not a Trello board export"));
        assertThatThrownBy(() -> trello.importInto("gibt-es-nicht", Path.of("src/test/resources/exchange/trello-board.json"), "trello"))
                .isInstanceOf(ImportRefused.class).satisfies(refused -> assertThat(english(refused)).contains("There is no organisation"));
        assertThat(projects(org)).isZero();
    }

    private int projects(TestOrg org) {
        return db.sql("SELECT count(*) FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single();
    }

    /** The refusal as an operator reads it on the command line. */
    private String english(Throwable refused) {
        return ((ImportRefused) refused).text(messages, java.util.Locale.ENGLISH);
    }
}
