package de.laufzettel.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

class AttachmentsTest extends AppTest {
    @Value("${laufzettel.data-dir}")
    Path dataDir;

    private BoardWithTask setup(String orgName) {
        return boardWithTask(orgName, "Pläne sammeln");
    }

    @Test
    void filesAreStoredByIdAndDownloadedSafely() throws Exception {
        BoardWithTask s = setup("Anhangstadt");
        byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        Web.Page uploaded = s.web().upload(s.task() + "/attachments", "../../Bauplan \"Süd\"\r\nX: y.html", "text/html", html);
        assertThat(uploaded.status()).isEqualTo(302);
        var row = db.sql("SELECT id, file_name, size_bytes FROM attachment WHERE project_id = :p").param("p", s.project())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)}).single();
        UUID id = (UUID) row[0];
        assertThat((String) row[1]).doesNotContain("/").doesNotContain("\r").doesNotContain("\n").contains("Bauplan");
        assertThat((Long) row[2]).isEqualTo(html.length);
        Path stored = dataDir.toAbsolutePath().normalize().resolve("attachments").resolve(s.org().org().id().toString())
                .resolve(id.toString());
        assertThat(Files.readAllBytes(stored)).isEqualTo(html);

        HttpResponse<byte[]> download = s.web().download(s.task() + "/attachments/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(html);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        assertThat(s.web().get(s.board()).body()).contains(">1 Anhang</span>");

        s.web().post(s.task() + "/attachments/" + id, "_method", "delete");
        assertThat(Files.exists(stored)).isFalse();
        assertThat(s.web().download(s.task() + "/attachments/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void imagesKeepTheirTypeSoNotesCanShowThem() {
        BoardWithTask s = setup("Bildstadt");
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        s.web().upload(s.task() + "/attachments", "plan.png", "image/png", png);
        UUID id = db.sql("SELECT id FROM attachment WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        assertThat(s.web().download(s.task() + "/attachments/" + id).headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("image/png");
        s.web().post(s.task(), "_method", "put", "title", "Pläne sammeln", "notes",
                "![Plan](" + s.task() + "/attachments/" + id + ")", "version", "0");
        assertThat(s.web().get(s.task()).body()).contains("<img src=\"" + s.task() + "/attachments/" + id + "\"");
    }

    @Test
    void tooLargeFilesAreRefusedClearlyAndOthersCannotTouchAttachments() {
        BoardWithTask s = setup("Grossstadt");
        Web.Page tooLarge = s.web().upload(s.task() + "/attachments", "gross.bin", "application/octet-stream",
                new byte[26 * 1024 * 1024]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Datei zu groß");
        s.web().upload(s.task() + "/attachments", "klein.txt", "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
        UUID id = db.sql("SELECT id FROM attachment WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();

        Account reader = s.org().member("Rita Leserin", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", reader.id().toString(), "role", "reader");
        Web readerWeb = web().login(reader.email(), PASSWORD);
        assertThat(readerWeb.download(s.task() + "/attachments/" + id).statusCode()).isEqualTo(200);
        assertThat(readerWeb.upload(s.task() + "/attachments", "x.txt", "text/plain", new byte[1]).status()).isEqualTo(403);
        assertThat(readerWeb.post(s.task() + "/attachments/" + id, "_method", "delete").status()).isEqualTo(403);

        TestOrg other = newOrganization("Anhangfremd");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        assertThat(stranger.download(s.task() + "/attachments/" + id).statusCode()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM attachment WHERE project_id = :p").param("p", s.project())
                .query(Integer.class).single()).isEqualTo(1);
    }
}
