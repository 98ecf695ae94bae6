package de.laufzettel.organization;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantIsolationTest extends AppTest {

    @Test
    void aMemberOfOneOrganisationGets404ForEverythingOfAnother() {
        TestOrg a = newOrganization("Stadt A");
        TestOrg b = newOrganization("Stadt B");
        Web anna = web().login(a.admin().email(), PASSWORD);
        Web bert = web().login(b.admin().email(), PASSWORD);
        String bProject = created(bert.post("/" + b.slug() + "/projects", "name", "Geheimprojekt B"));
        bert.post("/" + b.slug() + "/invitations", "email", "gast@b.example", "role", "member");
        UUID bInvitation = db.sql("SELECT id FROM invitation WHERE organization_id = :o")
                .param("o", b.org().id()).query(UUID.class).single();

        String missing = UUID.randomUUID().toString();
        String[] paths = {
                "/" + b.slug() + "/projects",
                "/" + b.slug() + "/projects/" + bProject,
                "/" + b.slug() + "/projects/" + bProject + "/edit",
                "/" + b.slug() + "/members",
                "/" + b.slug() + "/invitations",
                "/" + b.slug() + "/invitations/" + bInvitation,
                "/" + a.slug() + "/projects/" + bProject,
                "/" + a.slug() + "/projects/" + bProject + "/edit",
                "/" + a.slug() + "/invitations/" + bInvitation,
        };
        Web.Page reallyMissing = anna.get("/" + a.slug() + "/projects/" + missing);
        assertThat(reallyMissing.status()).isEqualTo(404);
        for (String path : paths) {
            Web.Page page = anna.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("Geheimprojekt").doesNotContain("gast@b.example")
                    .contains("Seite nicht gefunden");
        }
        assertThat(anna.get("/gibt-es-nicht-" + missing.substring(0, 8) + "/projects").status()).isEqualTo(404);
        assertThat(anna.get("/" + a.slug() + "/projects/keine-uuid").status()).isEqualTo(404);
    }

    @Test
    void changesAimedAtAnotherOrganisationAnswer404AndChangeNothing() {
        TestOrg a = newOrganization("Stadt C");
        TestOrg b = newOrganization("Stadt D");
        Web anna = web().login(a.admin().email(), PASSWORD);
        Web bert = web().login(b.admin().email(), PASSWORD);
        String bProject = created(bert.post("/" + b.slug() + "/projects", "name", "Projekt D"));

        assertThat(anna.post("/" + a.slug() + "/projects/" + bProject, "_method", "put", "name", "Gekapert",
                "version", "0").status()).isEqualTo(404);
        assertThat(anna.post("/" + b.slug() + "/projects/" + bProject + "/archival").status()).isEqualTo(404);
        assertThat(anna.post("/" + a.slug() + "/members/" + b.admin().id() + "/deactivation").status())
                .isEqualTo(404);
        assertThat(db.sql("SELECT name FROM project WHERE id = :id").param("id", UUID.fromString(bProject))
                .query(String.class).single()).isEqualTo("Projekt D");
        assertThat(db.sql("SELECT count(*) FROM membership WHERE user_id = :u AND deactivated_at IS NOT NULL")
                .param("u", b.admin().id()).query(Integer.class).single()).isZero();
    }

    static String created(Web.Page page) {
        assertThat(page.status()).isEqualTo(302);
        String location = page.location();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
