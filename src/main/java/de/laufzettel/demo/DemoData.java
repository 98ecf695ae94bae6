package de.laufzettel.demo;

import de.laufzettel.account.Account;
import de.laufzettel.account.Accounts;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Organization;
import de.laufzettel.organization.Organizations;
import de.laufzettel.organization.Role;
import de.laufzettel.project.Project;
import de.laufzettel.project.ProjectRole;
import de.laufzettel.project.Projects;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code LAUFZETTEL_DEMO=true}, "Stadt Musterstadt" with Anna (admin), Ben (member) and a few
 * projects, so that a newcomer can try Laufzettel at once. Seeds once: a second start finds the
 * organisation and leaves everything as it is.
 */
@Component
@ConditionalOnBooleanProperty("laufzettel.demo")
class DemoData {
    /** Documented in README.md; only for trying Laufzettel out. */
    static final String PASSWORD = "musterstadt-demo";
    static final String SLUG = "musterstadt";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Organizations organizations;
    private final Projects projects;
    private final TransactionTemplate tx;
    private final DemoBoard board;

    DemoData(Accounts accounts, Organizations organizations, Projects projects, TransactionTemplate tx,
            DemoBoard board) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.projects = projects;
        this.tx = tx;
        this.board = board;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (organizations.findBySlug(SLUG).isPresent()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            Account anna = account("anna@musterstadt.example", "Anna Amtmann");
            Account ben = account("ben@musterstadt.example", "Ben Bauer");
            Organization org = organizations.found("Stadt Musterstadt", SLUG, anna);
            organizations.addMember(org.id(), ben.id(), Role.MEMBER);
            CurrentMember asAnna = new CurrentMember(org, anna.id(), Role.ADMIN);
            Project website = projects.create(asAnna, "Website-Relaunch",
                    "Neuer Internetauftritt der Stadt, barrierefrei nach BITV 2.0.");
            for (Project project : List.of(website,
                    projects.create(asAnna, "Digitales Bauamt", "Bauanträge online annehmen und bearbeiten."),
                    projects.create(asAnna, "Klimaschutzkonzept 2030", "Maßnahmen der Fachbereiche sammeln und nachhalten."))) {
                projects.addMember(asAnna, project, ben.id(), ProjectRole.MEMBER);
            }
            board.fill(asAnna, new CurrentMember(org, ben.id(), Role.MEMBER), website, anna, ben);
        });
        log.info("Demo data created: sign in as anna@musterstadt.example or ben@musterstadt.example, password {}",
                PASSWORD);
    }

    private Account account(String email, String name) {
        return accounts.findByEmail(email).orElseGet(() -> accounts.create(email, name, PASSWORD, "de"));
    }
}
