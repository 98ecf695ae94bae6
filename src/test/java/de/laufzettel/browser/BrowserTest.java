package de.laufzettel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import de.laufzettel.support.AppTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Drives Debian's Chromium through Playwright. Every page a test visits is checked with axe-core
 * (no serious or critical WCAG 2.1 AA violation) and for errors in the browser console, which is
 * where a Content-Security-Policy violation would show.
 */
abstract class BrowserTest extends AppTest {
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    /** A new browser window with its own cookies, in German, at desktop width unless told otherwise. */
    protected Page newPage(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("de-DE").setViewportSize(width, 900).setBaseURL(baseUrl()));
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            // The browser reports a 404 page it was sent to on purpose as an error, too.
            boolean expected404 = message.text().contains("status of 404") && message.location().startsWith(page.url() + ":");
            if (message.type().equals("error") && !expected404) {
                consoleErrors.add(page.url() + ": " + message.text() + " @ " + message.location());
            }
        });
        page.onPageError(error -> consoleErrors.add(page.url() + ": " + error));
        return page;
    }

    protected Page newPage() {
        return newPage(1280);
    }

    /** Fails when axe-core finds a serious or critical WCAG 2.1 A/AA violation on the page. */
    protected static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(bad).as(() -> page.url() + "\n" + bad.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(results.getPasses()).as("axe-core ran its rules").isNotEmpty();
    }

    /** Signs in through the login form. */
    protected void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.getByLabel("E-Mail-Adresse").fill(email);
        page.getByLabel("Passwort").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Anmelden")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
