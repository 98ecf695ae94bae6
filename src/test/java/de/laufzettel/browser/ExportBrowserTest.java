package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The export page in a real browser: start, watch the progress, download the archive. */
class ExportBrowserTest extends BrowserTest {

    @Test
    void anAdminStartsAnExportAndDownloadsTheArchive() throws Exception {
        BoardWithTask s = boardWithTask("Exportbrowserstadt", "Archiv im Browser");
        Page page = newPage();
        signIn(page, s.org().admin().email(), PASSWORD);
        page.navigate("/" + s.org().slug() + "/projects");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Daten exportieren")).click();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export starten")).click();
        // The list refreshes itself while the export runs, until the archive is ready.
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Archiv herunterladen")));
        link.waitFor();
        assertAccessible(page);
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).startsWith("laufzettel-" + s.org().slug() + "-").endsWith(".zip");
        java.nio.file.Path file = Files.createTempFile(temp, "export", ".zip");
        download.saveAs(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
        }
    }
}
