package de.laufzettel.comment;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentsTest extends AppTest {

    @Test
    void membersCommentMentionEditAndDeleteTheirOwnComments() {
        BoardWithTask setup = boardWithTask("Kommentarstadt", "Web Team briefen");
        TestOrg org = setup.org();
        Web anna = setup.web();
        String board = setup.board();
        String task = setup.task();
        UUID project = setup.project();
        Account ben = org.member("Ben Bauer", Role.MEMBER);
        Account rita = org.member("Rita Leserin", Role.MEMBER);
        Account carl = org.member("Carl Kommentar", Role.MEMBER);
        anna.post(board + "/members", "userId", ben.id().toString(), "role", "member");
        anna.post(board + "/members", "userId", rita.id().toString(), "role", "reader");
        anna.post(board + "/members", "userId", carl.id().toString(), "role", "commenter");
        String benHandle = ben.email().substring(0, ben.email().indexOf('@'));

        anna.post(task + "/comments", "body", "Bitte **bis Freitag**, @" + benHandle + ". [x](javascript:alert(1))");
        String dialog = anna.get(task).body();
        assertThat(dialog).contains("<strong>bis Freitag</strong>").doesNotContain("href=\"javascript");
        assertThat(db.sql("SELECT count(*) FROM task_watcher WHERE user_id = :u").param("u", ben.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(anna.get(board).body()).contains(">1 Kommentar</span>");

        UUID comment = db.sql("SELECT id FROM comment WHERE project_id = :p").param("p", project).query(UUID.class).single();
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.post(task + "/comments/" + comment, "_method", "put", "body", "Gekapert").status()).isEqualTo(403);
        assertThat(benWeb.post(task + "/comments/" + comment, "_method", "delete").status()).isEqualTo(403);
        anna.post(task + "/comments/" + comment, "_method", "put", "body", "Bitte bis Donnerstag.");
        assertThat(anna.get(task).body()).contains("Bitte bis Donnerstag.").contains("bearbeitet");

        assertThat(web().login(rita.email(), PASSWORD).post(task + "/comments", "body", "Lesend").status()).isEqualTo(403);
        assertThat(web().login(carl.email(), PASSWORD).post(task + "/comments", "body", "Kommentierend").status())
                .isEqualTo(302);
        Web.Page empty = anna.post(task + "/comments", "body", "  ");
        assertThat(anna.get(empty.location()).body()).contains("Bitte füllen Sie dieses Feld aus.");

        anna.post(task + "/comments/" + comment, "_method", "delete");
        assertThat(db.sql("SELECT body FROM comment WHERE project_id = :p").param("p", project)
                .query(String.class).list()).containsExactly("Kommentierend");

        TestOrg other = newOrganization("Kommentarfremd");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.post(task + "/comments", "body", "Fremd").status()).isEqualTo(404);
        assertThat(stranger.post(task + "/watch").status()).isEqualTo(404);
    }

    @Test
    void thoseWhoEditTasksChooseOtherMembersAsWatchers() {
        BoardWithTask setup = boardWithTask("Beobachterstadt", "Implementieren & launchen");
        Web anna = setup.web();
        String task = setup.task();
        Account ben = setup.org().member("Ben Beobachter", Role.MEMBER);
        Account carl = setup.org().member("Carl Kommentar", Role.MEMBER);
        Account outsider = setup.org().member("Olga Außenstehend", Role.MEMBER);
        anna.post(setup.board() + "/members", "userId", ben.id().toString(), "role", "member");
        anna.post(setup.board() + "/members", "userId", carl.id().toString(), "role", "commenter");

        assertThat(anna.get(task).body()).contains("Noch beobachtet niemand diese Aufgabe.");
        assertThat(anna.post(task + "/watchers", "userId", ben.id().toString()).status()).isEqualTo(302);
        assertThat(watchers(setup.project())).containsExactly(ben.id());
        String dialog = anna.get(task).body();
        assertThat(dialog).contains("Ben Beobachter entfernen").contains("hat einen Beobachter hinzugefügt");

        // Not a member of the project, not a person at all, or someone who may only comment: nothing changes.
        assertThat(anna.post(task + "/watchers", "userId", outsider.id().toString()).status()).isEqualTo(404);
        assertThat(anna.post(task + "/watchers", "userId", "kein-mensch").status()).isEqualTo(400);
        Web carlWeb = web().login(carl.email(), PASSWORD);
        assertThat(carlWeb.post(task + "/watchers", "userId", carl.id().toString()).status()).isEqualTo(403);
        assertThat(carlWeb.post(task + "/watchers/" + ben.id(), "_method", "delete").status()).isEqualTo(403);
        assertThat(watchers(setup.project())).containsExactly(ben.id());

        anna.post(task + "/watchers/" + ben.id(), "_method", "delete");
        assertThat(watchers(setup.project())).isEmpty();
        TestOrg other = newOrganization("Beobachterfremd");
        assertThat(web().login(other.admin().email(), PASSWORD).post(task + "/watchers", "userId", ben.id().toString())
                .status()).isEqualTo(404);
    }

    private java.util.List<UUID> watchers(UUID project) {
        return db.sql("SELECT user_id FROM task_watcher WHERE project_id = :p").param("p", project).query(UUID.class).list();
    }
}
