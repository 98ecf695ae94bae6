package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Daten exportieren" in the web interface: a background job, its archive for the organisation's admins only. */
class ExportPageTest extends AppTest {

    @Test
    void anAdminExportsInTheBackgroundAndOnlyAdminsDownload() throws Exception {
        BoardWithTask s = boardWithTask("Webexportstadt", "Im Browser exportiert");
        Web anna = s.web();
        assertThat(anna.get("/" + s.org().slug() + "/export").body()).contains("Noch keine Exporte.");
        assertThat(anna.post("/" + s.org().slug() + "/export").location()).endsWith("/" + s.org().slug() + "/export");
        UUID job = db.sql("SELECT id FROM export_job WHERE organization_id = :o").param("o", s.org().org().id())
                .query(UUID.class).single();
        String archive = "/" + s.org().slug() + "/export/" + job + "/archive";
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get("/" + s.org().slug() + "/export/jobs").body()
                .contains("Der Export ist fertig."));

        HttpResponse<byte[]> download = anna.download(archive);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"laufzettel-" + s.org().slug() + "-");
        Map<String, byte[]> files = OrganizationExportTest.unzip(download.body());
        assertThat(new String(files.get("tasks.json"), java.nio.charset.StandardCharsets.UTF_8)).contains("Im Browser exportiert");

        // A member who is not an admin, and an admin of another organisation, get nothing.
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.get("/" + s.org().slug() + "/export").status()).isEqualTo(403);
        assertThat(benWeb.download(archive).statusCode()).isEqualTo(403);
        assertThat(benWeb.post("/" + s.org().slug() + "/export").status()).isEqualTo(403);
        TestOrg other = newOrganization("Webexportfremd");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.download(archive).statusCode()).isEqualTo(404);
        assertThat(stranger.download("/" + other.slug() + "/export/" + job + "/archive").statusCode()).isEqualTo(404);

        // Expired: gone.
        db.sql("UPDATE export_job SET expires_at = now() - interval '1 minute' WHERE id = :id").param("id", job).update();
        assertThat(anna.download(archive).statusCode()).isEqualTo(404);
        assertThat(anna.get("/" + s.org().slug() + "/export").body()).contains("Abgelaufen.");
    }
}
