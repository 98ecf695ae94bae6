package de.laufzettel.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BoardTest extends AppTest {

    /** A project with its board, seen by one signed-in member. */
    record Board(TestOrg org, Web web, String path, List<UUID> sections) {
        String quickAdd(int section, String title) {
            Web.Page created = web.withHeader("HX-Request", "true")
                    .post(path + "/sections/" + sections.get(section) + "/tasks", "title", title);
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            return created.body();
        }
    }

    private Board newBoard(String orgName) {
        TestOrg org = newOrganization(orgName);
        Web web = web().login(org.admin().email(), PASSWORD);
        Web.Page created = web.post("/" + org.slug() + "/projects", "name", "Website-Relaunch");
        String path = created.location().substring(created.location().indexOf("/" + org.slug()));
        UUID project = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        List<UUID> sections = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank")
                .param("p", project).query(UUID.class).list();
        return new Board(org, web, path, sections);
    }

    private List<String> titlesIn(UUID section) {
        return db.sql("SELECT title FROM task WHERE section_id = :s AND completed_at IS NULL ORDER BY rank, id")
                .param("s", section).query(String.class).list();
    }

    private long number(Board board, String title) {
        return db.sql("SELECT number FROM task WHERE title = :t AND organization_id = :o").param("t", title)
                .param("o", board.org().org().id()).query(Long.class).single();
    }

    @Test
    void aNewProjectStartsWithOpenInProgressAndDone() {
        Board board = newBoard("Spaltenstadt");
        assertThat(board.sections()).hasSize(3);
        String page = board.web().get(board.path()).body();
        assertThat(page.indexOf("data-name=\"Offen\"")).isPositive().isLessThan(page.indexOf("data-name=\"In Arbeit\""));
        assertThat(page.indexOf("data-name=\"In Arbeit\"")).isLessThan(page.indexOf("data-name=\"Erledigt\""));
    }

    @Test
    void quickAddAppendsCardsNumberedPerOrganisation() {
        Board board = newBoard("Nummernstadt");
        String card = board.quickAdd(0, "Texte <aktualisieren>");
        assertThat(card).contains("Texte &lt;aktualisieren&gt;").contains("#1");
        board.quickAdd(0, "Finale Designs teilen");
        board.quickAdd(1, "Web Team briefen");
        assertThat(titlesIn(board.sections().get(0))).containsExactly("Texte <aktualisieren>", "Finale Designs teilen");
        assertThat(board.web().get(board.path()).body()).contains("Web Team briefen").contains("#3");
        assertThat(db.sql("SELECT count(*) FROM activity WHERE organization_id = :o AND action = 'created' AND subject_type = 'task'")
                .param("o", board.org().org().id()).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void badTitlesAreExplainedAndCreateNothing() {
        Board board = newBoard("Titelstadt");
        Web htmx = board.web().withHeader("HX-Request", "true");
        Web.Page empty = htmx.post(board.path() + "/sections/" + board.sections().get(0) + "/tasks", "title", " ");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("Bitte füllen Sie dieses Feld aus.");
        Web.Page tooLong = htmx.post(board.path() + "/sections/" + board.sections().get(0) + "/tasks",
                "title", "x".repeat(501));
        assertThat(tooLong.body()).contains("höchstens 500 Zeichen");
        assertThat(titlesIn(board.sections().get(0))).isEmpty();
    }

    @Test
    void tasksMoveWithinAndBetweenSections() {
        Board board = newBoard("Schiebestadt");
        board.quickAdd(0, "A");
        board.quickAdd(0, "B");
        board.quickAdd(0, "C");
        Web.Page moved = board.web().post(board.path() + "/tasks/" + number(board, "C") + "/position", "_method", "put",
                "section", board.sections().get(0).toString(), "position", "1");
        assertThat(moved.status()).isEqualTo(303);
        assertThat(titlesIn(board.sections().get(0))).containsExactly("C", "A", "B");

        board.web().post(board.path() + "/tasks/" + number(board, "A") + "/position", "_method", "put",
                "section", board.sections().get(1).toString(), "position", "1");
        board.web().post(board.path() + "/tasks/" + number(board, "B") + "/position", "_method", "put",
                "section", board.sections().get(1).toString(), "position", "99");
        board.web().post(board.path() + "/tasks/" + number(board, "C") + "/position", "_method", "put",
                "section", board.sections().get(1).toString(), "position", "2");
        assertThat(titlesIn(board.sections().get(0))).isEmpty();
        assertThat(titlesIn(board.sections().get(1))).containsExactly("A", "C", "B");
        assertThat(db.sql("SELECT count(*) FROM activity WHERE action = 'moved' AND organization_id = :o")
                .param("o", board.org().org().id()).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aMoveIntoAnotherProjectsOrOrganisationsSectionAnswers404AndChangesNothing() {
        Board board = newBoard("Grenzstadt");
        Board other = newBoard("Nachbarstadt");
        board.quickAdd(0, "Bleibt hier");
        Web.Page project2 = board.web().post("/" + board.org().slug() + "/projects", "name", "Zweites Projekt");
        UUID otherProjectSection = db.sql("""
                SELECT s.id FROM section s JOIN project p ON p.id = s.project_id AND p.organization_id = s.organization_id
                WHERE p.name = 'Zweites Projekt' AND p.organization_id = :o LIMIT 1""")
                .param("o", board.org().org().id()).query(UUID.class).single();
        assertThat(project2.status()).isEqualTo(302);
        String move = board.path() + "/tasks/" + number(board, "Bleibt hier") + "/position";
        assertThat(board.web().post(move, "_method", "put", "section", otherProjectSection.toString()).status())
                .isEqualTo(404);
        assertThat(board.web().post(move, "_method", "put", "section", other.sections().get(0).toString()).status())
                .isEqualTo(404);
        assertThat(board.web().post(move, "_method", "put", "section", "keine-uuid").status()).isEqualTo(400);
        assertThat(board.web().post(move, "_method", "put").status()).isEqualTo(400);
        assertThat(titlesIn(board.sections().get(0))).containsExactly("Bleibt hier");
    }

    @Test
    void concurrentMovesNeverLoseOrDuplicateATask() throws Exception {
        Board board = newBoard("Gedraengestadt");
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            board.quickAdd(i % 3, "Aufgabe " + i);
            numbers.add(number(board, "Aufgabe " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Web web = web().login(board.org().admin().email(), PASSWORD);
            Random random = new Random(t);
            runs.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    long n = numbers.get(random.nextInt(numbers.size()));
                    Web.Page page = web.post(board.path() + "/tasks/" + n + "/position", "_method", "put",
                            "section", board.sections().get(random.nextInt(3)).toString(),
                            "position", String.valueOf(1 + random.nextInt(6)));
                    assertThat(page.status()).isEqualTo(303);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        List<String> all = new ArrayList<>();
        for (UUID section : board.sections()) {
            all.addAll(titlesIn(section));
            List<String> ranks = db.sql("SELECT rank FROM task WHERE section_id = :s").param("s", section)
                    .query(String.class).list();
            assertThat(ranks).doesNotHaveDuplicates();
        }
        assertThat(all).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void aStaleEditShowsTheOtherVersionAndOverwritesNothing() {
        Board board = newBoard("Versionsstadt");
        board.quickAdd(0, "Präsentation erstellen");
        String task = board.path() + "/tasks/" + number(board, "Präsentation erstellen");
        assertThat(board.web().post(task, "_method", "put", "title", "Präsentation für den Rat", "notes", "Folien 1-10",
                "version", "0").location()).endsWith(task);
        Web.Page stale = board.web().post(task, "_method", "put", "title", "Meine Fassung", "notes", "", "version", "0");
        Web.Page shown = board.web().get(task);
        assertThat(stale.status()).isEqualTo(302);
        assertThat(shown.body()).contains("inzwischen geändert").contains("Präsentation für den Rat").contains("Meine Fassung");
        // The dialog's history tells who changed what.
        assertThat(shown.body()).contains("Anna Admin hat die Aufgabe angelegt")
                .contains("Titel: „Präsentation erstellen“ → „Präsentation für den Rat“").contains("Notizen geändert");
        assertThat(db.sql("SELECT title FROM task WHERE organization_id = :o").param("o", board.org().org().id())
                .query(String.class).single())
                .isEqualTo("Präsentation für den Rat");
        Web.Page huge = board.web().post(task, "_method", "put", "title", "T", "notes", "n".repeat(100_001), "version", "1");
        assertThat(board.web().get(huge.location()).body()).contains("höchstens 100.000 Zeichen");
        assertThat(db.sql("SELECT title FROM task WHERE organization_id = :o").param("o", board.org().org().id())
                .query(String.class).single()).isEqualTo("Präsentation für den Rat");
    }

    @Test
    void completedTasksLeaveTheBoardAndCanBeReopened() {
        Board board = newBoard("Erledigtstadt");
        board.quickAdd(0, "Implementieren & launchen");
        String task = board.path() + "/tasks/" + number(board, "Implementieren & launchen");
        assertThat(board.web().post(task + "/completion").status()).isEqualTo(302);
        assertThat(board.web().get(board.path()).body()).doesNotContain("Implementieren &amp; launchen");
        assertThat(board.web().get(task).body()).contains("Diese Aufgabe ist erledigt.");
        board.web().post(task + "/completion", "_method", "delete");
        assertThat(board.web().get(board.path()).body()).contains("Implementieren &amp; launchen");
    }

    @Test
    void membersOfAnotherOrganisationGet404ForEveryBoardAction() {
        Board board = newBoard("Boardstadt");
        board.quickAdd(0, "Geheime Aufgabe");
        long n = number(board, "Geheime Aufgabe");
        TestOrg other = newOrganization("Fremdstadt");
        Account mallory = other.member("Mallory", Role.ADMIN);
        Web web = web().login(mallory.email(), PASSWORD);
        String foreign = "/" + other.slug() + board.path().substring(board.path().indexOf("/projects"));
        for (String path : new String[] {board.path(), board.path() + "/tasks/" + n, foreign, foreign + "/tasks/" + n}) {
            Web.Page page = web.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Geheime Aufgabe");
        }
        assertThat(web.post(board.path() + "/sections/" + board.sections().get(0) + "/tasks", "title", "Fremd").status())
                .isEqualTo(404);
        assertThat(web.post(foreign + "/sections/" + board.sections().get(0) + "/tasks", "title", "Fremd").status())
                .isEqualTo(404);
        assertThat(web.post(foreign + "/tasks/" + n, "_method", "put", "title", "Gekapert", "version", "0").status())
                .isEqualTo(404);
        assertThat(web.post(foreign + "/tasks/" + n + "/completion").status()).isEqualTo(404);
        assertThat(web.post(foreign + "/tasks/" + n + "/position", "_method", "put",
                "section", board.sections().get(1).toString()).status()).isEqualTo(404);
        assertThat(board.web().get(board.path() + "/tasks/999999").status()).isEqualTo(404);
        assertThat(titlesIn(board.sections().get(0))).containsExactly("Geheime Aufgabe");
    }

    @Test
    void aTaskGetsAnAssigneeFromTheProjectAndADueDateAndShowsWhenItIsOverdue() {
        Board board = newBoard("Fristenstadt");
        board.quickAdd(0, "Haushaltsentwurf abgeben");
        String task = board.path() + "/tasks/" + number(board, "Haushaltsentwurf abgeben");
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).minusDays(1).toString();
        String anna = board.org().admin().id().toString();
        assertThat(board.web().post(task, "_method", "put", "title", "Haushaltsentwurf abgeben", "notes", "",
                "assignee", anna, "due", yesterday, "dueTime", "", "version", "0").location()).endsWith(task);
        String page = board.web().get(board.path()).body();
        assertThat(page).contains("Zuständig: Anna Admin").contains("überfällig: ");
        assertThat(board.web().get(task).body()).contains("Zuständig: Anna Admin").contains("überfällig");

        TestOrg stranger = newOrganization("Fristfremd");
        Account outsider = board.org().member("Olga Außen", Role.MEMBER);
        for (String[] bad : new String[][] {
                {"assignee", stranger.admin().id().toString(), "Bitte wählen Sie ein Mitglied des Projekts."},
                {"assignee", outsider.id().toString(), "Bitte wählen Sie ein Mitglied des Projekts."},
                {"due", "2026-02-30", "Bitte geben Sie ein gültiges Datum ein."},
                {"dueTime", "25:99", "gültige Uhrzeit"}}) {
            String[] fields = {"_method", "put", "title", "Haushaltsentwurf abgeben", "notes", "", "assignee", anna,
                    "due", yesterday, "dueTime", "10:00", "version", "1"};
            for (int i = 0; i < fields.length; i += 2) {
                if (fields[i].equals(bad[0])) {
                    fields[i + 1] = bad[1];
                }
            }
            Web.Page refused = board.web().post(task, fields);
            assertThat(board.web().get(refused.location()).body()).as(bad[1]).contains(bad[2]);
        }
        assertThat(db.sql("SELECT due_time IS NULL AND assignee_id = :a FROM task WHERE organization_id = :o")
                .param("a", board.org().admin().id()).param("o", board.org().org().id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void filtersShowOnlyTheTasksAskedFor() {
        Board board = newBoard("Filterstadt");
        for (String title : new String[] {"Texte aktualisieren", "Finale Designs teilen", "Präsentation erstellen",
                "Web Team briefen", "Implementieren & launchen"}) {
            board.quickAdd(0, title);
        }
        String anna = board.org().admin().id().toString();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        edit(board, "Texte aktualisieren", "assignee", anna, "due", today.minusDays(2).toString());
        edit(board, "Finale Designs teilen", "due", today.toString());
        board.web().post(board.path() + "/tags", "name", "Design", "colour", "purple");
        UUID design = db.sql("SELECT id FROM tag WHERE name = 'Design' AND organization_id = :o")
                .param("o", board.org().org().id()).query(UUID.class).single();
        board.web().post(board.path() + "/tasks/" + number(board, "Präsentation erstellen") + "/tags", "_method", "put",
                "tag", design.toString());
        board.web().post(board.path() + "/tasks/" + number(board, "Implementieren & launchen") + "/completion");

        assertThat(cardsFor(board, "?q=TEAM")).containsExactly("Web Team briefen");
        assertThat(cardsFor(board, "?assignee=me")).containsExactly("Texte aktualisieren");
        assertThat(cardsFor(board, "?assignee=none")).hasSize(3);
        assertThat(cardsFor(board, "?due=overdue")).containsExactly("Texte aktualisieren");
        assertThat(cardsFor(board, "?due=today")).containsExactly("Finale Designs teilen");
        assertThat(cardsFor(board, "?due=none")).containsExactly("Präsentation erstellen", "Web Team briefen");
        assertThat(cardsFor(board, "?tag=" + design)).containsExactly("Präsentation erstellen");
        assertThat(cardsFor(board, "")).hasSize(4).doesNotContain("Implementieren & launchen");
        assertThat(cardsFor(board, "?completed=1")).hasSize(5).contains("Implementieren & launchen");
        assertThat(cardsFor(board, "?q=%25")).isEmpty();
        assertThat(cardsFor(board, "?due=bald&assignee=jemand&tag=kaputt")).hasSize(4);
        assertThat(board.web().get(board.path() + "/columns?assignee=me").body()).contains("Texte aktualisieren")
                .doesNotContain("Web Team briefen");
    }

    private void edit(Board board, String title, String... fields) {
        long n = number(board, title);
        int version = db.sql("SELECT version FROM task WHERE title = :t AND organization_id = :o").param("t", title)
                .param("o", board.org().org().id()).query(Integer.class).single();
        java.util.List<String> form = new java.util.ArrayList<>(java.util.List.of("_method", "put", "title", title,
                "notes", "", "version", String.valueOf(version)));
        form.addAll(java.util.List.of(fields));
        assertThat(board.web().post(board.path() + "/tasks/" + n, form.toArray(String[]::new)).location())
                .endsWith("/tasks/" + n);
    }

    private java.util.List<String> cardsFor(Board board, String query) {
        String page = board.web().get(board.path() + query).body();
        java.util.List<String> titles = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"card-title\"[^>]*>([^<]+)</a>").matcher(page);
        while (m.find()) {
            titles.add(m.group(1).replace("&amp;", "&"));
        }
        return titles;
    }
}
