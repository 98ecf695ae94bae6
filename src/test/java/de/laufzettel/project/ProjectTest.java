package de.laufzettel.project;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectTest extends AppTest {

    private String path(TestOrg org, String id) {
        return "/" + org.slug() + "/projects/" + id;
    }

    private static String idOf(Web.Page created) {
        assertThat(created.status()).isEqualTo(302);
        return created.location().substring(created.location().lastIndexOf('/') + 1);
    }

    private int activity(String id, String action) {
        return db.sql("SELECT count(*) FROM activity WHERE subject_id = :id AND action = :a")
                .param("id", UUID.fromString(id)).param("a", action).query(Integer.class).single();
    }

    @Test
    void aMemberCreatesRenamesArchivesAndRestoresAProject() {
        TestOrg org = newOrganization("Projektstadt");
        Account ben = org.member("Ben", Role.MEMBER);
        Web web = web().login(ben.email(), PASSWORD);
        String id = idOf(web.post("/" + org.slug() + "/projects", "name", "Website-Relaunch",
                "description", "Barrierefrei & <schnell>"));
        Web.Page shown = web.get(path(org, id));
        assertThat(shown.body()).contains("Website-Relaunch").contains("Barrierefrei &amp; &lt;schnell&gt;");
        assertThat(activity(id, "created")).isEqualTo(1);

        assertThat(web.post(path(org, id), "_method", "put", "name", "Website 2027", "description", "neu",
                "version", "0").status()).isEqualTo(302);
        assertThat(web.get("/" + org.slug() + "/projects").body()).contains("Website 2027");
        assertThat(activity(id, "updated")).isEqualTo(1);

        web.post(path(org, id) + "/archival");
        assertThat(web.get("/" + org.slug() + "/projects").body()).doesNotContain("Website 2027");
        assertThat(web.get("/" + org.slug() + "/projects?archived=true").body()).contains("Website 2027");
        web.post(path(org, id) + "/archival", "_method", "delete");
        assertThat(web.get("/" + org.slug() + "/projects").body()).contains("Website 2027");
        assertThat(activity(id, "archived")).isEqualTo(1);
        assertThat(activity(id, "restored")).isEqualTo(1);
    }

    @Test
    void aStaleEditShowsTheOtherVersionInsteadOfOverwritingIt() {
        TestOrg org = newOrganization("Konfliktstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String id = idOf(anna.post("/" + org.slug() + "/projects", "name", "Radwegekonzept"));
        anna.post(path(org, id), "_method", "put", "name", "Radwege 2030", "version", "0");

        Web.Page stale = anna.post(path(org, id), "_method", "put", "name", "Mein Titel", "version", "0");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("inzwischen geändert").contains("Radwege 2030").contains("Mein Titel");
        assertThat(db.sql("SELECT name FROM project WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("Radwege 2030");
    }

    @Test
    void badNamesAreExplainedAndNothingIsCreated() {
        TestOrg org = newOrganization("Namensstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        Web.Page empty = anna.post("/" + org.slug() + "/projects", "name", "   ");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("Bitte füllen Sie dieses Feld aus.");
        Web.Page huge = anna.post("/" + org.slug() + "/projects", "name", "x".repeat(10_000));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.body()).contains("Bitte höchstens 200 Zeichen.");
        Web.Page longText = anna.post("/" + org.slug() + "/projects", "name", "ok", "description", "y".repeat(10_000));
        assertThat(longText.status()).isEqualTo(422);
        assertThat(db.sql("SELECT count(*) FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isZero();

        String id = idOf(anna.post("/" + org.slug() + "/projects", "name", "Gut"));
        assertThat(anna.post(path(org, id), "_method", "put", "name", "", "version", "0").status()).isEqualTo(422);
        assertThat(anna.post(path(org, id), "_method", "put", "name", "Neu", "version", "keine-zahl").status())
                .isEqualTo(400);
    }

    @Test
    void membersSeeOnlyTheirProjectsAndOnlyProjectAdminsManageThem() {
        TestOrg org = newOrganization("Rechtestadt");
        Account ben = org.member("Ben", Role.MEMBER);
        Account cem = org.member("Cem", Role.MEMBER);
        Web benWeb = web().login(ben.email(), PASSWORD);
        String id = idOf(benWeb.post("/" + org.slug() + "/projects", "name", "Bens Projekt"));

        Web cemWeb = web().login(cem.email(), PASSWORD);
        assertThat(cemWeb.get(path(org, id)).status()).isEqualTo(404);
        assertThat(cemWeb.get("/" + org.slug() + "/projects").body()).doesNotContain("Bens Projekt");

        assertThat(benWeb.post(path(org, id) + "/members", "userId", cem.id().toString(), "role", "member").status())
                .isEqualTo(302);
        assertThat(cemWeb.get(path(org, id)).status()).isEqualTo(200);
        assertThat(cemWeb.get("/" + org.slug() + "/projects").body()).contains("Bens Projekt");
        assertThat(cemWeb.get(path(org, id)).body()).doesNotContain("/edit\"");
        assertThat(cemWeb.post(path(org, id) + "/archival").status()).isEqualTo(403);
        assertThat(cemWeb.post(path(org, id), "_method", "put", "name", "Cems", "version", "0").status()).isEqualTo(403);
        assertThat(cemWeb.post(path(org, id) + "/members/" + ben.id(), "_method", "delete").status()).isEqualTo(403);

        // Organisation admins see and manage every project.
        Web admin = web().login(org.admin().email(), PASSWORD);
        assertThat(admin.get("/" + org.slug() + "/projects").body()).contains("Bens Projekt");
        assertThat(admin.post(path(org, id) + "/archival").status()).isEqualTo(302);
    }

    @Test
    void projectMembersAreActiveMembersOfTheSameOrganisation() {
        TestOrg org = newOrganization("Mitgliedstadt");
        TestOrg other = newOrganization("Mitgliedfremd");
        Web admin = web().login(org.admin().email(), PASSWORD);
        String id = idOf(admin.post("/" + org.slug() + "/projects", "name", "Spielplatz"));
        assertThat(admin.post(path(org, id) + "/members", "userId", other.admin().id().toString(), "role", "member")
                .status()).isEqualTo(404);
        assertThat(admin.post(path(org, id) + "/members", "userId", org.admin().id().toString(), "role", "chef")
                .status()).isEqualTo(422);
        assertThat(admin.get(path(org, id) + "/members").body()).doesNotContain(other.admin().email());
        assertThat(db.sql("SELECT count(*) FROM project_member WHERE project_id = :p").param("p", UUID.fromString(id))
                .query(Integer.class).single()).isEqualTo(1);
    }
}
