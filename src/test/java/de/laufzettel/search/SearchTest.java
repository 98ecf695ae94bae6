package de.laufzettel.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchTest extends AppTest {

    private static String q(String text) {
        return "/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void findsTitlesNotesCommentsChecklistsAndTagsWithStemsAndTypingErrors() {
        BoardWithTask s = boardWithTask("Suchstadt", "Präsentation erstellen");
        Web web = s.web();
        web.post(s.task(), "_method", "put", "version", "0", "title", "Präsentation erstellen",
                "notes", "Folien für den Bauausschuss vorbereiten", "assignee", "", "due", "", "dueTime", "");
        web.post(s.task() + "/comments", "body", "Bitte den Haushaltsplan beilegen.");
        web.post(s.task() + "/checklists", "title", "Schritte");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        web.post(s.task() + "/checklists/" + list + "/items", "text", "Beamer reservieren");
        web.post(s.board() + "/tags", "name", "Klimaschutz", "colour", "green");
        UUID tag = db.sql("SELECT id FROM tag WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        web.post(s.task() + "/tags", "_method", "put", "tag", tag.toString());

        for (String query : new String[] {"Präsentationen", "Prasentation", "Bauausschusses", "Haushaltsplan",
                "Beamer", "Klimaschutz"}) {
            String page = web.get(q(query)).body();
            assertThat(page).as(query).contains("Präsentation erstellen").contains("Website-Relaunch")
                    .contains(s.task());
        }
        assertThat(web.get(q("Bauausschuss")).body()).contains("<mark>Bauausschuss</mark>").contains(">1 Treffer<")
                .doesNotContain("rel=\"next\"");
        assertThat(web.get(q("Gemeinderatssitzung")).body()).contains("Keine Aufgabe passt zu „Gemeinderatssitzung“.");
    }

    @Test
    void neverShowsTasksOfOtherOrganisationsOrOfProjectsOneIsNotIn() {
        BoardWithTask mine = boardWithTask("Suchheimat", "Eigene Aufgabe");
        BoardWithTask other = boardWithTask("Suchfremde", "Kanarienvogel zählen");
        other.web().post(other.task() + "/comments", "body", "Kanarienvogel im Kommentar");
        assertThat(other.web().get(q("Kanarienvogel")).body()).contains("Kanarienvogel zählen");
        assertThat(mine.web().get(q("Kanarienvogel")).body()).doesNotContain("Kanarienvogel zählen")
                .contains("Keine Aufgabe passt");

        // A member of the organisation who is not in the project finds nothing of it either.
        Account ben = mine.org().member("Ben Außen", Role.MEMBER);
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.get(q("Eigene Aufgabe")).body()).doesNotContain(mine.task());
        mine.web().post(mine.board() + "/members", "userId", ben.id().toString(), "role", "reader");
        assertThat(benWeb.get(q("Eigene Aufgabe")).body()).contains(mine.task());
    }

    @Test
    void badQueriesAreAnsweredClearlyAndTitlesStayText() {
        BoardWithTask s = boardWithTask("Suchprobe", "<img src=x onerror=alert(1)> Plakat");
        Web.Page tooLong = s.web().get(q("x".repeat(201)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("höchstens 200 Zeichen");
        assertThat(s.web().get("/search?q=").status()).isEqualTo(200);
        assertThat(s.web().get(q("!!! & | :* (")).status()).isEqualTo(200);
        String page = s.web().get(q("Plakat")).body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt; Plakat").doesNotContain("<img src=x");
        assertThat(web().get(q("Plakat")).status()).isEqualTo(302);
    }

    @Test
    void filtersNarrowTheResultsDown() {
        BoardWithTask s = boardWithTask("Filterstadt", "Antrag prüfen");
        Web web = s.web();
        web.withHeader("HX-Request", "true").post(s.board() + "/sections/"
                + db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1").param("p", s.project())
                        .query(UUID.class).single() + "/tasks", "title", "Antrag ablegen");
        long second = db.sql("SELECT number FROM task WHERE project_id = :p AND title = 'Antrag ablegen'")
                .param("p", s.project()).query(Long.class).single();
        web.post(s.task(), "_method", "put", "version", "0", "title", "Antrag prüfen", "notes", "",
                "assignee", s.org().admin().id().toString(), "due",
                java.time.LocalDate.now(de.laufzettel.task.Due.ZONE).minusDays(1).toString(), "dueTime", "");
        web.post(s.board() + "/tasks/" + second + "/completion");
        web.post(s.board() + "/tags", "name", "Eilig", "colour", "red");
        web.post(s.board() + "/tasks/" + second + "/tags", "_method", "put", "tag",
                db.sql("SELECT id FROM tag WHERE project_id = :p").param("p", s.project()).query(UUID.class).single().toString());

        assertThat(web.get(q("Antrag")).body()).contains("Antrag prüfen").contains("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&status=open").body()).contains("Antrag prüfen").doesNotContain("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&status=done").body()).doesNotContain("Antrag prüfen").contains("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&assignee=me").body()).contains("Antrag prüfen").doesNotContain("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&due=overdue").body()).contains("Antrag prüfen").doesNotContain("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&due=none").body()).doesNotContain("Antrag prüfen").contains("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&tag=eilig").body()).doesNotContain("Antrag prüfen").contains("Antrag ablegen");
        assertThat(web.get(q("Antrag") + "&project=" + UUID.randomUUID()).body()).contains("Keine Aufgabe passt");
        assertThat(web.get(q("Antrag") + "&project=" + s.project()).body()).contains("Antrag prüfen");
        Web.Page odd = web.get(q("Antrag") + "&project=kaputt&status=irgendwas&due=gestern");
        assertThat(odd.status()).isEqualTo(200);
        assertThat(odd.body()).contains("Antrag prüfen").contains("Antrag ablegen");
    }

    @Test
    void manyHitsComeInPagesOfTwentyInOneOrder() {
        BoardWithTask s = boardWithTask("Seitenstadt", "Vorlage 0");
        Web web = s.web();
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                .param("p", s.project()).query(UUID.class).single();
        for (int i = 1; i < 45; i++) {
            web.withHeader("HX-Request", "true").post(s.board() + "/sections/" + section + "/tasks", "title", "Vorlage " + i);
        }
        String first = web.get(q("Vorlage") + "&status=open").body();
        String second = web.get(q("Vorlage") + "&status=open&page=2").body();
        String third = web.get(q("Vorlage") + "&status=open&page=3").body();
        assertThat(first).contains("Treffer 1–20").contains("href=\"/search?q=Vorlage&amp;status=open&amp;page=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(second).contains("Treffer 21–40").contains("rel=\"prev\"").contains("page=3\" rel=\"next\"");
        assertThat(third).contains("Treffer 41–45").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        java.util.List<String> numbers = new java.util.ArrayList<>();
        for (String page : new String[] {first, second, third}) {
            numbers.addAll(java.util.regex.Pattern.compile("class=\"card-number\">#(\\d+)<").matcher(page).results()
                    .map(m -> m.group(1)).toList());
        }
        assertThat(numbers).hasSize(45).doesNotHaveDuplicates();

        // A page that is no number is the first; one beyond the deepest is the deepest, empty here.
        assertThat(web.get(q("Vorlage") + "&status=open&page=kaputt").body()).contains("Treffer 1–20");
        String beyond = web.get(q("Vorlage") + "&page=99999").body();
        assertThat(beyond).contains("Keine weiteren Treffer.").contains("page=" + (Search.LAST_PAGE - 1) + "\" rel=\"prev\"");
    }
}
