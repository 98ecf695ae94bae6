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
    @Autowired
    DemoBoard board;

    @Test
    void theDemoIsSeededOnceAndAnnaAndBenCanSignIn() {
        DemoData demo = new DemoData(accounts, organizations, projects, tx, board);
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
        String website = db.sql("SELECT id FROM project WHERE name = 'Website-Relaunch' AND organization_id = "
                + "(SELECT id FROM organization WHERE slug = 'musterstadt')").query(String.class).single();
        String boardPage = ben.get("/musterstadt/projects/" + website).body();
        assertThat(boardPage).contains("Texte aktualisieren").contains("Präsentation erstellen").contains("☑ 2/5")
                .contains("tag tag-purple\">Design</span>").contains("überfällig").doesNotContain("Implementieren &amp; launchen");
        assertThat(db.sql("SELECT count(*) FROM comment c JOIN organization o ON o.id = c.organization_id "
                + "WHERE o.slug = 'musterstadt'").query(Integer.class).single()).isEqualTo(2);
        assertThat(boardPage).contains(">1 Anhang</span>");
    }
}
