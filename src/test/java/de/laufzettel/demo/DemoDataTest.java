package de.laufzettel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.project.Projects;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class DemoDataTest extends AppTest {
    @Autowired
    Projects projects;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theDemoIsSeededOnceAndAnnaAndBenCanSignIn() {
        DemoData demo = new DemoData(accounts, organizations, projects, tx);
        demo.seed();
        demo.seed();

        assertThat(db.sql("SELECT count(*) FROM organization WHERE slug = 'musterstadt'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(db.sql("""
                SELECT count(*) FROM project p JOIN organization o ON o.id = p.organization_id
                WHERE o.slug = 'musterstadt'""").query(Integer.class).single()).isEqualTo(3);
        Web anna = web().login("anna@musterstadt.example", DemoData.PASSWORD);
        assertThat(anna.get("/musterstadt/projects").body()).contains("Website-Relaunch").contains("Stadt Musterstadt");
        assertThat(anna.get("/musterstadt/invitations").status()).isEqualTo(200);
        Web ben = web().login("ben@musterstadt.example", DemoData.PASSWORD);
        assertThat(ben.get("/musterstadt/invitations").status()).isEqualTo(403);
        assertThat(ben.get("/musterstadt/projects").body()).contains("Website-Relaunch").contains("Digitales Bauamt");
    }
}
