package de.laufzettel.task;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TagsTest extends AppTest {

    private String board(Web web, TestOrg org, String name) {
        String location = web.post("/" + org.slug() + "/projects", "name", name).location();
        return location.substring(location.indexOf("/" + org.slug()));
    }

    private UUID tagId(String board, String name) {
        return db.sql("SELECT id FROM tag WHERE project_id = :p AND name = :n")
                .param("p", UUID.fromString(board.substring(board.lastIndexOf('/') + 1))).param("n", name)
                .query(UUID.class).single();
    }

    private long addTask(Web web, String board, String title) {
        UUID project = UUID.fromString(board.substring(board.lastIndexOf('/') + 1));
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1").param("p", project)
                .query(UUID.class).single();
        web.withHeader("HX-Request", "true").post(board + "/sections/" + section + "/tasks", "title", title);
        return db.sql("SELECT number FROM task WHERE project_id = :p AND title = :t").param("p", project)
                .param("t", title).query(Long.class).single();
    }

    @Test
    void tagsAreCreatedRecolouredPutOnTasksAndDeleted() {
        TestOrg org = newOrganization("Tagstadt");
        Web web = web().login(org.admin().email(), PASSWORD);
        String board = board(web, org, "Website-Relaunch");
        assertThat(web.post(board + "/tags", "name", "Design", "colour", "purple").status()).isEqualTo(302);
        web.post(board + "/tags", "name", "Inhalt", "colour", "green");
        long task = addTask(web, board, "Finale Designs teilen");

        web.post(board + "/tasks/" + task + "/tags", "_method", "put", "tag", tagId(board, "Design").toString(),
                "tag", tagId(board, "Inhalt").toString());
        String page = web.get(board).body();
        assertThat(page).contains("tag tag-purple\">Design</span>").contains("tag tag-green\">Inhalt</span>");

        web.post(board + "/tags/" + tagId(board, "Design"), "_method", "put", "name", "Gestaltung", "colour", "orange");
        assertThat(web.get(board).body()).contains("tag tag-orange\">Gestaltung</span>");

        web.post(board + "/tags/" + tagId(board, "Gestaltung"), "_method", "delete");
        assertThat(web.get(board).body()).doesNotContain("Gestaltung").contains("Inhalt");
        assertThat(db.sql("SELECT count(*) FROM task_tag tt JOIN tag g ON g.id = tt.tag_id WHERE g.name = 'Gestaltung'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badTagsAreExplainedAndChangeNothing() {
        TestOrg org = newOrganization("Tagfehler");
        Web web = web().login(org.admin().email(), PASSWORD);
        String board = board(web, org, "Haushalt");
        web.post(board + "/tags", "name", "Dringend", "colour", "red");
        for (String[] bad : new String[][] {
                {"", "blue", "Bitte füllen Sie dieses Feld aus."},
                {"x".repeat(51), "blue", "Bitte höchstens 50 Zeichen."},
                {"dRINGEND", "blue", "schon ein Tag mit diesem Namen"},
                {"Neu", "pink", "Bitte wählen Sie eine der Farben."}}) {
            Web.Page page = web.post(board + "/tags", "name", bad[0], "colour", bad[1]);
            assertThat(page.status()).as(bad[0]).isEqualTo(422);
            assertThat(page.body()).as(bad[0]).contains(bad[2]);
        }
        UUID project = UUID.fromString(board.substring(board.lastIndexOf('/') + 1));
        assertThat(db.sql("SELECT count(*) FROM tag WHERE project_id = :p").param("p", project)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void tagsOfOtherProjectsAndOrganisationsCannotBeUsed() {
        TestOrg org = newOrganization("Taggrenze");
        Web web = web().login(org.admin().email(), PASSWORD);
        String one = board(web, org, "Eins");
        String two = board(web, org, "Zwei");
        web.post(two + "/tags", "name", "Fremd", "colour", "grey");
        long task = addTask(web, one, "Aufgabe");
        assertThat(web.post(one + "/tasks/" + task + "/tags", "_method", "put", "tag", tagId(two, "Fremd").toString())
                .status()).isEqualTo(404);

        Account reader = org.member("Rita Leserin", Role.MEMBER);
        web.post(one + "/members", "userId", reader.id().toString(), "role", "reader");
        Web readerWeb = web().login(reader.email(), PASSWORD);
        assertThat(readerWeb.get(one + "/tags").status()).isEqualTo(200);
        assertThat(readerWeb.post(one + "/tags", "name", "Leser", "colour", "blue").status()).isEqualTo(403);

        TestOrg other = newOrganization("Tagfremd");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.get(one + "/tags").status()).isEqualTo(404);
        assertThat(stranger.post(two + "/tags/" + tagId(two, "Fremd"), "_method", "delete").status()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM task_tag WHERE task_id IN (SELECT id FROM task WHERE title = 'Aufgabe' "
                + "AND organization_id = :o)").param("o", org.org().id()).query(Integer.class).single()).isZero();
    }
}
