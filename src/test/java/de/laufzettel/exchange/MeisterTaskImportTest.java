package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.laufzettel.support.AppTest;
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

/** A MeisterTask project's CSV export (test resource exchange/meistertask-project.csv) comes in as a project. */
class MeisterTaskImportTest extends AppTest {
    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    BoardImport boards;

    @Test
    void aMeisterTaskCsvBecomesAProject() throws Exception {
        TestOrg org = newOrganization("Meisterstadt");
        Path file = Path.of("src/test/resources/exchange/meistertask-project.csv");
        BoardImport.Summary preview = boards.preview(file, "meistertask-csv");
        assertThat(List.of(preview.sections(), preview.tasks(), preview.trashed(), preview.tags()))
                .containsExactly(3, 5, 2, 2);
        assertThat(preview.skipped()).extracting(reason -> reason.text(messages, java.util.Locale.GERMAN))
                .containsExactly("Zeile 7 („Unbekannter Status“): unbekannter Status 4");

        boards.importInto(org.slug(), file, "meistertask-csv");
        UUID project = db.sql("SELECT id FROM project WHERE organization_id = :o AND name = 'meistertask-project'")
                .param("o", org.org().id()).query(UUID.class).single();
        assertThat(db.sql("SELECT name FROM section WHERE project_id = :p ORDER BY rank").param("p", project)
                .query(String.class).list()).containsExactly("Offen", "Erledigt", "In Arbeit");
        Map<String, Object> grant = db.sql("""
                SELECT notes, assignee_id, due_date, due_time, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS created,
                       (SELECT string_agg(g.name, ',' ORDER BY g.name) FROM task_tag tt JOIN tag g ON g.id = tt.tag_id
                        AND g.organization_id = tt.organization_id WHERE tt.task_id = t.id) AS tags
                FROM task t WHERE project_id = :p AND title = 'Förderantrag Digitalpakt'
                """).param("p", project).query().singleRow();
        assertThat(grant.get("notes")).isEqualTo("Fristen beachten:\r\n- Antrag bis 30.04.\r\n- \"Verwendungsnachweis\" später");
        assertThat(grant.get("assignee_id")).isEqualTo(org.admin().id());
        assertThat(((java.sql.Date) grant.get("due_date")).toLocalDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(((java.sql.Time) grant.get("due_time")).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(grant.get("created")).isEqualTo("2026-01-10 08:00");
        assertThat(List.of(((String) grant.get("tags")).split(","))).containsExactlyInAnyOrder("Digitalisierung", "Fördermittel");
        assertThat(db.sql("SELECT title || ':' || (completed_at IS NOT NULL) || ':' || (trashed_at IS NOT NULL) || ':'"
                        + " || (assignee_id IS NOT NULL) FROM task WHERE project_id = :p ORDER BY number")
                .param("p", project).query(String.class).list()).containsExactly(
                "Förderantrag Digitalpakt:false:false:true", "Alte Idee:false:true:false",
                "Schulträger informieren 📨:true:false:false", "Archivierte Aufgabe:false:true:false",
                "Geräte ausrollen:false:false:true");
    }

    @Test
    void brokenCsvIsRefusedWithTheReason() throws Exception {
        TestOrg org = newOrganization("Meisterfremd");
        Path truncated = Files.createTempFile(temp, "meister", ".csv");
        Files.writeString(truncated, "id,name,status,section\n1,\"offen");
        assertThatThrownBy(() -> boards.importInto(org.slug(), truncated, "meistertask-csv"))
                .isInstanceOf(ImportRefused.class).satisfies(refused -> assertThat(english(refused)).contains("ends inside a quoted field"));
        Path columns = Files.createTempFile(temp, "meister", ".csv");
        Files.writeString(columns, "id,titel\n1,x\n");
        assertThatThrownBy(() -> boards.preview(columns, "meistertask-csv"))
                .isInstanceOf(ImportRefused.class).satisfies(refused -> assertThat(english(refused)).contains("no column “name”"));
        Path latin1 = Files.createTempFile(temp, "meister", ".csv");
        Files.write(latin1, "name,status,section\nB\u00fcro,1,Offen\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> boards.preview(latin1, "meistertask-csv"))
                .isInstanceOf(ImportRefused.class).satisfies(refused -> assertThat(english(refused)).contains("not UTF-8"));
        Path ragged = Files.createTempFile(temp, "meister", ".csv");
        Files.writeString(ragged, "name,status,section\nA,1\n");
        assertThatThrownBy(() -> boards.preview(ragged, "meistertask-csv"))
                .isInstanceOf(ImportRefused.class).satisfies(refused -> assertThat(english(refused)).contains("Line 2 of the CSV has 2 fields"));
        assertThat(db.sql("SELECT count(*) FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isZero();
    }

    /** The refusal as an operator reads it on the command line. */
    private String english(Throwable refused) {
        return ((ImportRefused) refused).text(messages, java.util.Locale.ENGLISH);
    }
}
