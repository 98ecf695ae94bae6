package de.laufzettel.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every board action for every project role, and for people outside the project. */
class BoardRolesTest extends AppTest {

    @Test
    void eachRoleMayDoExactlyWhatItShould() {
        TestOrg org = newOrganization("Rollenboard");
        Web admin = web().login(org.admin().email(), PASSWORD);
        String board = admin.post("/" + org.slug() + "/projects", "name", "Haushalt 2027").location();
        board = board.substring(board.indexOf("/" + org.slug()));
        UUID project = UUID.fromString(board.substring(board.lastIndexOf('/') + 1));
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1").param("p", project)
                .query(UUID.class).single();
        admin.withHeader("HX-Request", "true").post(board + "/sections/" + section + "/tasks", "title", "Entwurf");
        long task = db.sql("SELECT number FROM task WHERE project_id = :p").param("p", project).query(Long.class).single();

        record Expect(String role, int read, int edit, int manage, int comment) {
        }
        for (Expect e : new Expect[] {
                new Expect("admin", 200, 302, 302, 302), new Expect("member", 200, 302, 403, 302),
                new Expect("commenter", 200, 403, 403, 302), new Expect("reader", 200, 403, 403, 403),
                new Expect(null, 404, 404, 404, 404)}) {
            Account person = org.member("Person " + e.role(), Role.MEMBER);
            if (e.role() != null) {
                admin.post(board + "/members", "userId", person.id().toString(), "role", e.role());
            }
            Web web = web().login(person.email(), PASSWORD);
            String as = String.valueOf(e.role());
            assertThat(web.get(board).status()).as(as).isEqualTo(e.read());
            assertThat(web.get(board + "/tasks/" + task).status()).as(as).isEqualTo(e.read());
            assertThat(web.get(board + "/columns").status()).as(as).isEqualTo(e.read());
            assertThat(web.get(board + "/members").status()).as(as).isEqualTo(e.read());
            assertThat(web.post(board + "/tasks/" + task, "_method", "put", "title", "Entwurf " + as, "notes", "",
                    "version", String.valueOf(versionOf(project, task))).status()).as(as).isEqualTo(e.edit());
            assertThat(web.post(board + "/sections/" + section + "/tasks", "title", "Neu " + as).status())
                    .as(as).isEqualTo(e.edit());
            assertThat(web.post(board + "/tasks/" + task + "/completion", "_method", "delete").status())
                    .as(as).isEqualTo(e.edit());
            assertThat(web.post(board + "/tasks/" + task + "/position", "_method", "put",
                    "section", section.toString(), "position", "1").status()).as(as)
                    .isEqualTo(e.edit() == 302 ? 303 : e.edit());
            assertThat(web.post(board + "/sections", "name", "Bereich " + as).status()).as(as).isEqualTo(e.manage());
            assertThat(web.post(board + "/members", "userId", org.admin().id().toString(), "role", "admin").status())
                    .as(as).isEqualTo(e.manage());
            // Everything hanging off a task follows the same rules.
            for (String path : new String[] {"/tags", "/trash", "/activity"}) {
                assertThat(web.get(board + path).status()).as(as + path).isEqualTo(e.read());
            }
            assertThat(web.post(board + "/tags", "name", "Tag " + as, "colour", "blue").status()).as(as)
                    .isEqualTo(e.edit());
            assertThat(web.post(board + "/tasks/" + task + "/checklists", "title", "Liste " + as).status()).as(as)
                    .isEqualTo(e.edit());
            assertThat(web.upload(board + "/tasks/" + task + "/attachments", as + ".txt", "text/plain", new byte[] {1})
                    .status()).as(as).isEqualTo(e.edit());
            assertThat(web.post(board + "/tasks/" + task + "/comments", "body", "Kommentar " + as).status()).as(as)
                    .isEqualTo(e.comment());
            assertThat(web.post(board + "/tasks/" + task + "/watch").status()).as(as)
                    .isEqualTo(e.read() == 200 ? 302 : 404);
            admin.withHeader("HX-Request", "true").post(board + "/sections/" + section + "/tasks", "title", "Weg " + as);
            long throwaway = db.sql("SELECT number FROM task WHERE project_id = :p AND title = :t").param("p", project)
                    .param("t", "Weg " + as).query(Long.class).single();
            assertThat(web.post(board + "/tasks/" + throwaway + "/trash").status()).as(as).isEqualTo(e.edit());
            if (e.read() == 200) {
                String page = web.get(board).body();
                assertThat(page.contains("Aufgabe hinzufügen")).as(as).isEqualTo(e.edit() == 302);
                assertThat(page.contains("Bereich hinzufügen")).as(as).isEqualTo(e.manage() == 302);
            }
        }
    }

    private int versionOf(UUID project, long number) {
        return db.sql("SELECT version FROM task WHERE project_id = :p AND number = :n").param("p", project)
                .param("n", number).query(Integer.class).single();
    }
}
