package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Project import in the web interface: refusals on the form, and an upload only its member can import. */
class ImportPageTest extends AppTest {

    @org.springframework.beans.factory.annotation.Value("${laufzettel.data-dir}")
    Path dataDir;

    @Test
    void aFileRefusedWhileImportingShowsWhyOnTheProgressPageInTheReadersLanguage() throws Exception {
        TestOrg org = newOrganization("Importfehlerstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String imports = "/" + org.slug() + "/projects/import";
        Web.Page preview = anna.upload(imports + "?format=trello", "board.json", "application/json",
                Files.readAllBytes(Path.of("src/test/resources/exchange/trello-board.json")));
        Matcher action = Pattern.compile("action=\"(" + Pattern.quote(imports) + "/([0-9a-f-]{36}))\"").matcher(preview.body());
        assertThat(action.find()).isTrue();
        // The upload is damaged after its preview, before the import reads it again.
        Path upload = dataDir.resolve("imports").toAbsolutePath().normalize()
                .resolve(org.org().id() + "-" + org.admin().id() + "-" + action.group(2) + ".upload");
        Files.writeString(upload, "{\"lists\": [");

        String job = anna.post(action.group(1), "format", "trello").location();
        String jobPath = job.substring(job.indexOf(imports));
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(jobPath + "/progress").body()
                .contains("Die Datei ist kein gültiges JSON"));
        assertThat(anna.get(jobPath).body()).contains("Diese Datei kann nicht importiert werden:", "Erneut importieren");
        assertThat(db.sql("SELECT count(*) FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isZero();
        assertThat(upload).doesNotExist();
        // Nor is it kept where running imports keep theirs.
        try (var running = Files.list(dataDir.resolve("imports").resolve("running"))) {
            assertThat(running.filter(file -> file.getFileName().toString().startsWith(
                    job.substring(job.lastIndexOf('/') + 1)))).isEmpty();
        }
    }

    @Test
    void whileAnImportOfTheMemberRunsASecondWaitsAndKeepsItsFile() throws Exception {
        TestOrg org = newOrganization("Importwartestadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String imports = "/" + org.slug() + "/projects/import";
        Web.Page preview = anna.upload(imports + "?format=trello", "board.json", "application/json",
                Files.readAllBytes(Path.of("src/test/resources/exchange/trello-board.json")));
        Matcher action = Pattern.compile("action=\"(" + Pattern.quote(imports) + "/[0-9a-f-]{36})\"").matcher(preview.body());
        assertThat(action.find()).isTrue();
        // An import of Anna's that is still running (as another node would be running it).
        db.sql("INSERT INTO import_job (organization_id, id, requested_by, format) VALUES (:o, gen_random_uuid(), :u, 'trello')")
                .param("o", org.org().id()).param("u", org.admin().id()).update();

        Web.Page busy = anna.post(action.group(1), "format", "trello");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.body()).contains("Ein Import von Ihnen läuft noch.");
        db.sql("UPDATE import_job SET finished_at = now() WHERE organization_id = :o").param("o", org.org().id()).update();
        String job = anna.post(action.group(1), "format", "trello").location();
        String jobPath = job.substring(job.indexOf(imports));
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(jobPath + "/progress").body()
                .contains("Der Import ist abgeschlossen."));
    }

    @Test
    void badFilesAreRefusedOnTheFormAndOnlyTheUploaderCanImport() throws Exception {
        TestOrg org = newOrganization("Importseitenstadt");
        Web anna = web().login(org.admin().email(), PASSWORD);
        String imports = "/" + org.slug() + "/projects/import";

        Web.Page wrong = anna.upload(imports + "?format=meistertask-csv", "board.json", "application/json",
                Files.readAllBytes(Path.of("src/test/resources/exchange/trello-board.json")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("Diese Datei kann nicht importiert werden:");
        Web.Page unknown = anna.upload(imports + "?format=asana", "board.json", "application/json", "{}".getBytes());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("Bitte wählen Sie die Herkunft und eine Datei.");

        Web.Page preview = anna.upload(imports + "?format=trello", "board.json", "application/json",
                Files.readAllBytes(Path.of("src/test/resources/exchange/trello-board.json")));
        assertThat(preview.status()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"(" + Pattern.quote(imports) + "/[0-9a-f-]{36})\"").matcher(preview.body());
        assertThat(action.find()).isTrue();

        // Another member of the same organisation cannot import Anna's upload.
        Account ben = org.member("Ben Bauer", Role.MEMBER);
        assertThat(web().login(ben.email(), PASSWORD).post(action.group(1), "format", "trello").status()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single()).isZero();

        Web.Page imported = anna.post(action.group(1), "format", "trello");
        assertThat(imported.location()).matches(".*" + Pattern.quote(imports) + "/jobs/[0-9a-f-]{36}$");
        String job = imported.location().substring(imported.location().indexOf(imports));
        await().atMost(Duration.ofSeconds(20)).until(() -> anna.get(job + "/progress").body()
                .contains("Der Import ist abgeschlossen."));
        assertThat(db.sql("SELECT created_by FROM project WHERE organization_id = :o").param("o", org.org().id())
                .query(java.util.UUID.class).single()).isEqualTo(org.admin().id());
        // The upload is gone once imported.
        assertThat(anna.post(action.group(1), "format", "trello").status()).isEqualTo(404);
    }
}
