package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.laufzettel.support.Web;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Attack strings in everything a user can name are shown as text in a real browser: a script that
 * ran would open an alert, and any alert fails the test.
 */
class XssTest extends BrowserTest {
    static final List<String> CORPUS = List.of(
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "<details open ontoggle=alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");

    @Test
    void attackStringsInProjectsSectionsTitlesAndNotesStayText() {
        TestOrg org = newOrganization("Sicherstadt");
        Web api = web().login(org.admin().email(), PASSWORD);
        String board = api.post("/" + org.slug() + "/projects", "name", CORPUS.get(1), "description", CORPUS.get(0))
                .location();
        board = board.substring(board.indexOf("/" + org.slug()));
        UUID project = UUID.fromString(board.substring(board.lastIndexOf('/') + 1));
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                .param("p", project).query(UUID.class).single();
        api.post(board + "/sections/" + section, "_method", "put", "name", CORPUS.get(4));
        api.post(board + "/sections", "name", CORPUS.get(0));
        for (String attack : CORPUS) {
            api.withHeader("HX-Request", "true").post(board + "/sections/" + section + "/tasks", "title", attack);
        }
        long first = db.sql("SELECT min(number) FROM task WHERE project_id = :p").param("p", project)
                .query(Long.class).single();
        for (String attack : CORPUS) {
            api.post(board + "/tags", "name", attack.length() > 50 ? attack.substring(0, 50) : attack, "colour", "red");
        }
        List<String> tagIds = db.sql("SELECT id::text FROM tag WHERE project_id = :p").param("p", project)
                .query(String.class).list();
        List<String> tagFields = new ArrayList<>(List.of("_method", "put"));
        tagIds.forEach(id -> tagFields.addAll(List.of("tag", id)));
        api.post(board + "/tasks/" + first + "/tags", tagFields.toArray(String[]::new));
        for (String attack : CORPUS) {
            api.post(board + "/tasks/" + first + "/comments", "body", attack);
            assertThat(api.upload(board + "/tasks/" + first + "/attachments", attack + ".txt", "text/html",
                    attack.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(302);
        }
        assertThat(db.sql("SELECT count(*) FROM task_tag WHERE project_id = :p").param("p", project)
                .query(Integer.class).single()).isEqualTo(CORPUS.size());
        api.post(board + "/tasks/" + first, "_method", "put", "title", CORPUS.get(0),
                "notes", String.join("\n\n", CORPUS), "version", "0");

        List<String> alerts = new ArrayList<>();
        Page page = newPage();
        page.onDialog(dialog -> {
            alerts.add(dialog.message());
            dialog.dismiss();
        });
        signIn(page, org.admin().email(), PASSWORD);
        for (String path : new String[] {"/" + org.slug() + "/projects", board, board + "/tasks/" + first}) {
            page.navigate(path);
            page.locator("details").evaluateAll("ds => ds.forEach(d => d.open = true)");
            page.waitForTimeout(300);
            Object hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
                    + ".filter(h => /^\\s*(javascript|data|vbscript):/i.test(h)).length");
            assertThat(((Number) hrefs).intValue()).as(path).isZero();
            assertThat(page.locator("svg[onload], img[onerror], details[ontoggle]").count()).as(path).isZero();
        }
        assertThat(page.getByText(CORPUS.get(0)).first().isVisible()).isTrue();
        assertThat(alerts).isEmpty();
    }
}
