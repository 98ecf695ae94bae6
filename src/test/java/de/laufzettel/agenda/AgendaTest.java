package de.laufzettel.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaTest extends AppTest {

    /** The HTML of the agenda section whose heading starts with {@code title}. */
    private static String group(String page, String title) {
        int heading = page.indexOf("\">" + title + " <span class=\"count\">");
        assertThat(heading).as("section " + title).isPositive();
        return page.substring(heading, page.indexOf("</section>", heading));
    }

    private void assign(BoardWithTask s, String title, Account person) {
        s.web().post(s.task(), "_method", "put", "version", String.valueOf(version(s)), "title", title, "notes", "",
                "assignee", person.id().toString(), "due", "", "dueTime", "");
    }

    private int version(BoardWithTask s) {
        return db.sql("SELECT version FROM task WHERE project_id = :p").param("p", s.project()).query(Integer.class).single();
    }

    private void completedDaysAgo(BoardWithTask s, int days) {
        assertThat(db.sql("UPDATE task SET completed_at = now() - make_interval(days => :days) WHERE project_id = :p")
                .param("days", days).param("p", s.project()).update()).isOne();
    }

    private UUID taskId(BoardWithTask s) {
        return db.sql("SELECT id FROM task WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
    }

    @Test
    void myTasksFromAllMyOrganisationsArriveInTheInboxAndMoveIntoMySections() {
        BoardWithTask rathaus = boardWithTask("Agendastadt", "Texte aktualisieren");
        BoardWithTask kreis = boardWithTask("Agendakreis", "Web Team briefen");
        BoardWithTask fremd = boardWithTask("Agendafremd", "Fremde Aufgabe");
        Account ben = rathaus.org().member("Ben Agenda", Role.MEMBER);
        organizations.addMember(kreis.org().org().id(), ben.id(), Role.MEMBER);
        rathaus.web().post(rathaus.board() + "/members", "userId", ben.id().toString(), "role", "member");
        kreis.web().post(kreis.board() + "/members", "userId", ben.id().toString(), "role", "member");
        assign(rathaus, "Texte aktualisieren", ben);
        assign(kreis, "Web Team briefen", ben);
        assign(fremd, "Fremde Aufgabe", fremd.org().admin());

        Web benWeb = web().login(ben.email(), PASSWORD);
        String page = benWeb.get("/agenda").body();
        assertThat(group(page, "Eingang")).contains("Texte aktualisieren").contains("Web Team briefen")
                .contains("Agendastadt · Website-Relaunch").contains("Agendakreis · Website-Relaunch");
        assertThat(page).contains(">Fokus <").contains(">Als Nächstes <").contains(">Später <")
                .doesNotContain("Fremde Aufgabe");

        UUID focus = db.sql("SELECT id FROM agenda_section WHERE account_id = :a AND name = 'Fokus'")
                .param("a", ben.id()).query(UUID.class).single();
        String place = "/agenda/tasks/" + rathaus.org().org().id() + "/" + taskId(rathaus) + "/section";
        assertThat(benWeb.post(place, "_method", "put", "section", focus.toString()).location()).contains("/agenda");
        page = benWeb.get("/agenda").body();
        assertThat(group(page, "Fokus")).contains("Texte aktualisieren");
        assertThat(group(page, "Eingang")).doesNotContain("Texte aktualisieren").contains("Web Team briefen");

        // Someone else's task, someone else's section, nonsense: 404 and nothing moves.
        String foreign = "/agenda/tasks/" + fremd.org().org().id() + "/" + taskId(fremd) + "/section";
        assertThat(benWeb.post(foreign, "_method", "put", "section", focus.toString()).status()).isEqualTo(404);
        assertThat(fremd.web().post(place, "_method", "put", "section", "inbox").status()).isEqualTo(404);
        assertThat(benWeb.post(place, "_method", "put", "section", UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(benWeb.post(place, "_method", "put", "section", "kaputt").status()).isEqualTo(404);
        assertThat(group(benWeb.get("/agenda").body(), "Fokus")).contains("Texte aktualisieren");

        // Out of the project, off the agenda.
        rathaus.web().post(rathaus.board() + "/members/" + ben.id(), "_method", "delete");
        assertThat(benWeb.get("/agenda").body()).doesNotContain("Texte aktualisieren").contains("Web Team briefen");

        // The defaults are made on the first visit only, in order: deleted, they stay deleted.
        assertThat(db.sql("SELECT name FROM agenda_section WHERE account_id = :a ORDER BY rank")
                .param("a", ben.id()).query(String.class).list()).containsExactly("Fokus", "Als Nächstes", "Später");
        for (UUID section : db.sql("SELECT id FROM agenda_section WHERE account_id = :a")
                .param("a", ben.id()).query(UUID.class).list()) {
            assertThat(benWeb.post("/agenda/sections/" + section, "_method", "delete").location()).contains("/agenda");
        }
        page = benWeb.get("/agenda").body();
        assertThat(page).doesNotContain(">Fokus <").contains("Web Team briefen");
        assertThat(db.sql("SELECT count(*) FROM agenda_section WHERE account_id = :a")
                .param("a", ben.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void pinsCompletionGroupingsAndMyOwnSections() {
        BoardWithTask s = boardWithTask("Pinstadt", "Präsentation erstellen");
        Web anna = s.web();
        String task = s.task();
        assertThat(anna.get("/agenda").body()).doesNotContain("Präsentation erstellen");
        assertThat(anna.post(task + "/pin").location()).endsWith(task);
        assertThat(anna.get(task).body()).contains("aria-pressed=\"true\"");
        assertThat(group(anna.get("/agenda").body(), "Eingang")).contains("Präsentation erstellen").contains("angeheftet");
        assertThat(anna.post(task + "/pin", "_method", "delete", "back", "agenda").location()).endsWith("/agenda");
        assertThat(anna.get("/agenda").body()).doesNotContain("Präsentation erstellen");
        TestOrg other = newOrganization("Pinfremd");
        assertThat(web().login(other.admin().email(), PASSWORD).post(task + "/pin").status()).isEqualTo(404);

        assign(s, "Präsentation erstellen", s.org().admin());
        anna.post(s.board() + "/tasks/" + task.substring(task.lastIndexOf('/') + 1), "_method", "put", "version",
                String.valueOf(version(s)), "title", "Präsentation erstellen", "notes", "", "assignee",
                s.org().admin().id().toString(), "due", java.time.LocalDate.now(de.laufzettel.task.Due.ZONE).minusDays(2).toString(),
                "dueTime", "");
        assertThat(group(anna.get("/agenda?group=due").body(), "Überfällig")).contains("Präsentation erstellen");
        assertThat(group(anna.get("/agenda?group=project").body(), "Pinstadt · Website-Relaunch"))
                .contains("Präsentation erstellen");
        // Assigned to her and pinned by her: on her agenda once, marked as pinned.
        assertThat(anna.post(task + "/pin").location()).endsWith(task);
        String both = group(anna.get("/agenda").body(), "Eingang");
        assertThat(both.split(">Präsentation erstellen</a>", -1)).hasSize(2);
        assertThat(both).contains("angeheftet");
        assertThat(anna.post(task + "/pin", "_method", "delete", "back", "agenda").location()).endsWith("/agenda");
        assertThat(anna.post(task + "/completion", "back", "agenda").location()).endsWith("/agenda");
        String done = anna.get("/agenda").body();
        assertThat(group(done, "Eingang")).doesNotContain("Präsentation erstellen");
        assertThat(done.substring(done.indexOf("agenda-done"))).contains("Präsentation erstellen");
        assertThat(anna.post(task + "/completion", "back", "https://evil.example").location()).doesNotContain("evil");
        // "Erledigt" keeps what was completed in the last 14 days.
        completedDaysAgo(s, 13);
        done = anna.get("/agenda").body();
        assertThat(done.substring(done.indexOf("agenda-done"))).contains("Präsentation erstellen");
        completedDaysAgo(s, 15);
        assertThat(anna.get("/agenda").body()).doesNotContain("Präsentation erstellen");
        anna.post(task + "/completion", "_method", "delete", "back", "agenda");
        assertThat(group(anna.get("/agenda").body(), "Eingang")).contains("Präsentation erstellen");

        anna.get("/agenda");
        anna.post("/agenda/sections", "name", "Warten auf Rückmeldung");
        assertThat(anna.get("/agenda").body()).contains(">Warten auf Rückmeldung <");
        Web.Page duplicate = anna.post("/agenda/sections", "name", "fokus");
        assertThat(anna.get(duplicate.location()).body()).contains("Sie haben schon einen Bereich mit diesem Namen.");
        anna.post("/agenda/sections", "name", "x".repeat(201));
        assertThat(anna.get("/agenda").body()).doesNotContain("x".repeat(201));
        UUID later = db.sql("SELECT id FROM agenda_section WHERE account_id = :a AND name = 'Später'")
                .param("a", s.org().admin().id()).query(UUID.class).single();
        anna.post("/agenda/sections/" + later, "_method", "put", "name", "Irgendwann");
        anna.post("/agenda/sections/" + later + "/position", "_method", "put", "direction", "up");
        String page = anna.get("/agenda").body();
        assertThat(page.indexOf(">Irgendwann <")).isPositive().isLessThan(page.indexOf(">Als Nächstes <"));
        anna.post("/agenda/sections/" + later, "_method", "delete");
        assertThat(anna.get("/agenda").body()).doesNotContain(">Irgendwann <");
        TestOrg stranger = newOrganization("Abschnittfremd");
        UUID focus = db.sql("SELECT id FROM agenda_section WHERE account_id = :a AND name = 'Fokus'")
                .param("a", s.org().admin().id()).query(UUID.class).single();
        assertThat(web().login(stranger.admin().email(), PASSWORD).post("/agenda/sections/" + focus, "_method", "delete")
                .status()).isEqualTo(404);
    }
}
