package de.laufzettel.organization;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import org.junit.jupiter.api.Test;

class MembersTest extends AppTest {

    @Test
    void deactivatingAMemberEndsTheirSessionsAtOnce() {
        TestOrg org = newOrganization("Abschaltstadt");
        Account ben = org.member("Ben Bauer", Role.MEMBER);
        Web benOnLaptop = web().login(ben.email(), PASSWORD);
        Web benOnPhone = web().login(ben.email(), PASSWORD);
        assertThat(benOnLaptop.get("/" + org.slug() + "/projects").status()).isEqualTo(200);

        Web admin = web().login(org.admin().email(), PASSWORD);
        assertThat(admin.post("/" + org.slug() + "/members/" + ben.id() + "/deactivation").status()).isEqualTo(302);

        assertThat(benOnLaptop.get("/" + org.slug() + "/projects").location()).endsWith("/login");
        assertThat(benOnPhone.get("/" + org.slug() + "/projects").location()).endsWith("/login");
        // Signing in again does not bring the organisation back.
        Web again = web().login(ben.email(), PASSWORD);
        assertThat(again.get("/" + org.slug() + "/projects").status()).isEqualTo(404);
        assertThat(admin.get("/" + org.slug() + "/members").body()).contains("deaktiviert");

        admin.post("/" + org.slug() + "/members/" + ben.id() + "/deactivation", "_method", "delete");
        assertThat(again.get("/" + org.slug() + "/projects").status()).isEqualTo(200);
    }

    @Test
    void theLastAdminCanBeNeitherDemotedNorDeactivated() {
        TestOrg org = newOrganization("Letztstadt");
        Web admin = web().login(org.admin().email(), PASSWORD);
        Web.Page demote = admin.post("/" + org.slug() + "/members/" + org.admin().id(), "_method", "put", "role", "member");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.body()).contains("mindestens eine aktive Administratorin");
        assertThat(admin.post("/" + org.slug() + "/members/" + org.admin().id() + "/deactivation").status())
                .isEqualTo(409);
        assertThat(db.sql("SELECT role FROM membership WHERE user_id = :u").param("u", org.admin().id())
                .query(String.class).single()).isEqualTo("admin");
    }

    @Test
    void adminsChangeRolesAndMembersCannot() {
        TestOrg org = newOrganization("Rollentausch");
        Account ben = org.member("Ben", Role.MEMBER);
        Account cem = org.member("Cem", Role.MEMBER);
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.get("/" + org.slug() + "/members").body()).contains("Cem").doesNotContain("Rolle ändern");
        assertThat(benWeb.post("/" + org.slug() + "/members/" + cem.id(), "_method", "put", "role", "admin").status())
                .isEqualTo(403);

        Web admin = web().login(org.admin().email(), PASSWORD);
        assertThat(admin.post("/" + org.slug() + "/members/" + ben.id(), "_method", "put", "role", "chef").status())
                .isEqualTo(422);
        assertThat(admin.post("/" + org.slug() + "/members/" + ben.id(), "_method", "put", "role", "admin").status())
                .isEqualTo(302);
        assertThat(benWeb.get("/" + org.slug() + "/invitations").status()).isEqualTo(200);
        assertThat(db.sql("SELECT count(*) FROM activity WHERE organization_id = :o AND action = 'role_changed'")
                .param("o", org.org().id()).query(Integer.class).single()).isEqualTo(1);
    }
}
