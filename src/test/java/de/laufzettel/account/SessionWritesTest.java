package de.laufzettel.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import org.junit.jupiter.api.Test;

/** Sessions are written back when something in them changes or their last access is old, not on every page. */
class SessionWritesTest extends AppTest {

    @Test
    void readingPagesDoesNotRewriteTheSessionButAnOldLastAccessIsRenewed() {
        TestOrg org = newOrganization("Sitzungsstadt");
        Web browser = web().login(org.admin().email(), PASSWORD);
        // The first page after signing in stores a new CSRF token in the session: a real change.
        assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(200);
        long written = lastAccess(org);

        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(200);
        }
        assertThat(lastAccess(org)).isEqualTo(written);

        // Two minutes later (as the database has it), the next page records the access again.
        db.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE principal_name = :p")
                .param("p", org.admin().id().toString()).update();
        long aged = lastAccess(org);
        assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(200);
        assertThat(lastAccess(org)).isGreaterThan(aged + 60_000);
    }

    @Test
    void signingOutStillEndsTheSessionAtOnce() {
        TestOrg org = newOrganization("Abmeldestadt");
        Web browser = web().login(org.admin().email(), PASSWORD);
        assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(200);
        browser.post("/logout");
        assertThat(db.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                .param("p", org.admin().id().toString()).query(Integer.class).single()).isZero();
        assertThat(browser.get("/" + org.slug() + "/projects").status()).isEqualTo(302);
    }

    private long lastAccess(TestOrg org) {
        return db.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :p")
                .param("p", org.admin().id().toString()).query(Long.class).single();
    }
}
