package de.laufzettel.task;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrashAndFeedTest extends AppTest {

    @Test
    void aTrashedTaskLeavesTheBoardCanBeRestoredAndTheFeedTellsAll() {
        BoardWithTask setup = boardWithTask("Papierstadt", "Alte Idee");
        TestOrg org = setup.org();
        Web web = setup.web();
        String board = setup.board();
        String n = setup.task().substring(setup.task().lastIndexOf('/') + 1);

        assertThat(web.post(board + "/tasks/" + n + "/trash").status()).isEqualTo(302);
        assertThat(web.get(board).body()).doesNotContain("Alte Idee");
        assertThat(web.get(board + "/tasks/" + n).status()).isEqualTo(404);
        assertThat(web.get(board + "/trash").body()).contains("Alte Idee");
        assertThat(web.post(board + "/tasks/" + n + "/trash").status()).isEqualTo(404);

        Account reader = org.member("Rita", Role.MEMBER);
        web.post(board + "/members", "userId", reader.id().toString(), "role", "reader");
        assertThat(web().login(reader.email(), PASSWORD).post(board + "/tasks/" + n + "/trash", "_method", "delete")
                .status()).isEqualTo(403);

        web.post(board + "/tasks/" + n + "/trash", "_method", "delete");
        assertThat(web.get(board).body()).contains("Alte Idee");

        String feed = web.get(board + "/activity").body();
        assertThat(feed).contains("Anna Admin hat die Aufgabe angelegt")
                .contains("Anna Admin hat die Aufgabe in den Papierkorb gelegt")
                .contains("Anna Admin hat die Aufgabe wiederhergestellt")
                .contains("Anna Admin hat einen Bereich angelegt").contains("Anna Admin hat das Projekt angelegt");

        TestOrg other = newOrganization("Papierfremd");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.get(board + "/activity").status()).isEqualTo(404);
        assertThat(stranger.get(board + "/trash").status()).isEqualTo(404);
        assertThat(stranger.post(board + "/tasks/" + n + "/trash").status()).isEqualTo(404);
    }
}
