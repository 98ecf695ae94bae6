package de.laufzettel.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.laufzettel.account.Account;
import de.laufzettel.account.Accounts;
import de.laufzettel.organization.Organization;
import de.laufzettel.organization.Organizations;
import de.laufzettel.organization.Role;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration and browser tests: one Laufzettel on a random port, one embedded
 * PostgreSQL and one GreenMail SMTP server for the whole run. Tests never clean up; each works in
 * an organisation of its own, made by {@link #newOrganization}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTest {
    public static final String PASSWORD = "Richtig-geheim-42";
    public static final String METRICS_TOKEN = "operator-token-for-tests";
    protected static final GreenMail MAIL = startMail();
    private static final Path DATA_DIR = Path.of("target", "test-data", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;
    /** Files a test writes (archives, CSV files): a directory of the test's own, removed after it. */
    @TempDir
    protected Path temp;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected Organizations organizations;
    @Autowired
    protected JdbcClient db;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("laufzettel.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("laufzettel.metrics.token", () -> METRICS_TOKEN);
        registry.add("laufzettel.notifications.poll", () -> "1s");
        // Webhook tests send to a receiver on this machine, and retry within a test's patience.
        registry.add("laufzettel.webhook.allowed-hosts", () -> "127.0.0.1,localhost");
        registry.add("laufzettel.webhook.poll", () -> "200ms");
        registry.add("laufzettel.webhook.retry-base", () -> "200ms");
        registry.add("laufzettel.webhook.retry-max", () -> "2s");
        // Links in e-mails need the public address; here the server's own, known once it listens.
        registry.add("laufzettel.base-url", () -> "http://localhost:${local.server.port}");
    }

    private static GreenMail startMail() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return mail;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A new HTTP client with its own cookies, like a browser of its own. */
    protected Web web() {
        return new Web(baseUrl());
    }

    /** A fresh organisation with an admin; every test gets its own, so tests never see each other. */
    protected TestOrg newOrganization(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Account admin = newAccount("admin-" + suffix + "@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example", "Anna Admin");
        Organization org = organizations.found(name, name.toLowerCase().replaceAll("[^a-z]", "") + "-" + suffix, admin);
        return new TestOrg(org, admin, this);
    }

    /** An organisation with one project and one task in its first section, its admin signed in. */
    public record BoardWithTask(TestOrg org, Web web, String board, String task, UUID project) {
    }

    protected BoardWithTask boardWithTask(String orgName, String title) {
        TestOrg org = newOrganization(orgName);
        Web web = web().login(org.admin().email(), PASSWORD);
        String location = web.post("/" + org.slug() + "/projects", "name", "Website-Relaunch").location();
        String board = location.substring(location.indexOf("/" + org.slug()));
        UUID project = UUID.fromString(board.substring(board.lastIndexOf('/') + 1));
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1").param("p", project)
                .query(UUID.class).single();
        web.withHeader("HX-Request", "true").post(board + "/sections/" + section + "/tasks", "title", title);
        long number = db.sql("SELECT number FROM task WHERE project_id = :p AND title = :t").param("p", project)
                .param("t", title).query(Long.class).single();
        return new BoardWithTask(org, web, board, board + "/tasks/" + number, project);
    }

    protected Account newAccount(String email, String name) {
        return accounts.create(email, name, PASSWORD, "de");
    }

    /** An organisation made for one test, and helpers to fill it. */
    public record TestOrg(Organization org, Account admin, AppTest test) {
        public String slug() {
            return org.slug();
        }

        /** A new active member with the given role. */
        public Account member(String name, Role role) {
            Account account = test.newAccount(name.toLowerCase().replace(' ', '.') + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + "@" + slug() + ".example", name);
            test.organizations.addMember(org.id(), account.id(), role);
            return account;
        }
    }
}
