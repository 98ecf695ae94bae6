package de.laufzettel.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SectionsTest extends AppTest {

    private List<String> sectionNames(UUID project) {
        return db.sql("SELECT name FROM section WHERE project_id = :p ORDER BY rank, id").param("p", project)
                .query(String.class).list();
    }

    private UUID sectionId(UUID project, String name) {
        return db.sql("SELECT id FROM section WHERE project_id = :p AND name = :n").param("p", project).param("n", name)
                .query(UUID.class).single();
    }

    @Test
    void managersAddRenameReorderAndDeleteSections() {
        TestOrg org = newOrganization("Bereichsstadt");
        Web web = web().login(org.admin().email(), PASSWORD);
        String path = web.post("/" + org.slug() + "/projects", "name", "Radwege").location();
        path = path.substring(path.indexOf("/" + org.slug()));
        UUID project = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

        web.post(path + "/sections", "name", "Abnahme");
        assertThat(sectionNames(project)).containsExactly("Offen", "In Arbeit", "Erledigt", "Abnahme");
        web.post(path + "/sections/" + sectionId(project, "In Arbeit"), "_method", "put", "name", "In Bearbeitung");
        web.post(path + "/sections/" + sectionId(project, "Abnahme") + "/position", "_method", "put", "position", "1");
        assertThat(sectionNames(project)).containsExactly("Abnahme", "Offen", "In Bearbeitung", "Erledigt");

        // Bad names change nothing and are explained.
        Web.Page empty = web.post(path + "/sections", "name", "");
        assertThat(web.get(empty.location()).body()).contains("Bitte füllen Sie dieses Feld aus.");
        web.post(path + "/sections/" + sectionId(project, "Offen"), "_method", "put", "name", "x".repeat(201));
        assertThat(sectionNames(project)).containsExactly("Abnahme", "Offen", "In Bearbeitung", "Erledigt");

        // A section holding tasks asks where they go before it is deleted.
        UUID offen = sectionId(project, "Offen");
        web.withHeader("HX-Request", "true").post(path + "/sections/" + offen + "/tasks", "title", "Zählstellen planen");
        Web.Page ask = web.post(path + "/sections/" + offen, "_method", "delete");
        assertThat(ask.status()).isEqualTo(409);
        assertThat(ask.body()).contains("1 Aufgaben").contains("Aufgaben verschieben nach");
        assertThat(sectionNames(project)).contains("Offen");
        web.post(path + "/sections/" + offen, "_method", "delete", "moveTo", sectionId(project, "Erledigt").toString());
        assertThat(sectionNames(project)).containsExactly("Abnahme", "In Bearbeitung", "Erledigt");
        assertThat(db.sql("SELECT s.name FROM task t JOIN section s ON s.id = t.section_id WHERE t.title = 'Zählstellen planen'")
                .query(String.class).single()).isEqualTo("Erledigt");
    }

    @Test
    void onlyManagersChangeSectionsAndTheLastOneStays() {
        TestOrg org = newOrganization("Bereichsrechte");
        Web admin = web().login(org.admin().email(), PASSWORD);
        String path = admin.post("/" + org.slug() + "/projects", "name", "Spielplätze").location();
        path = path.substring(path.indexOf("/" + org.slug()));
        UUID project = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        Account ben = org.member("Ben", Role.MEMBER);
        admin.post(path + "/members", "userId", ben.id().toString(), "role", "member");
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.post(path + "/sections", "name", "Ben").status()).isEqualTo(403);
        assertThat(benWeb.post(path + "/sections/" + sectionId(project, "Offen"), "_method", "delete").status())
                .isEqualTo(403);
        assertThat(benWeb.get(path).body()).doesNotContain("Bereich hinzufügen");

        admin.post(path + "/sections/" + sectionId(project, "Offen"), "_method", "delete");
        admin.post(path + "/sections/" + sectionId(project, "In Arbeit"), "_method", "delete");
        Web.Page last = admin.post(path + "/sections/" + sectionId(project, "Erledigt"), "_method", "delete");
        assertThat(admin.get(last.location()).body()).contains("mindestens einen Bereich");
        assertThat(sectionNames(project)).containsExactly("Erledigt");

        TestOrg other = newOrganization("Bereichsfremd");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.post(path + "/sections", "name", "Fremd").status()).isEqualTo(404);
        assertThat(admin.post(path + "/sections/" + UUID.randomUUID(), "_method", "put", "name", "x").status())
                .isEqualTo(404);
    }
}
