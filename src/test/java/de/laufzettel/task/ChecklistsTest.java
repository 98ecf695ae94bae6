package de.laufzettel.task;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChecklistsTest extends AppTest {

    private BoardWithTask setup(String orgName) {
        return boardWithTask(orgName, "Präsentation erstellen");
    }

    private List<String> items(UUID project) {
        return db.sql("SELECT text FROM checklist_item WHERE project_id = :p ORDER BY rank, id").param("p", project)
                .query(String.class).list();
    }

    private UUID itemId(UUID project, String text) {
        return db.sql("SELECT id FROM checklist_item WHERE project_id = :p AND text = :t").param("p", project)
                .param("t", text).query(UUID.class).single();
    }

    @Test
    void aChecklistIsFilledTickedReorderedAndCountedOnTheCard() {
        BoardWithTask s = setup("Listenstadt");
        s.web().post(s.task() + "/checklists", "title", "Folien");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        String listPath = s.task() + "/checklists/" + list;
        for (String text : new String[] {"Gliederung", "Zahlen", "Bilder", "Probe", "Versand"}) {
            s.web().post(listPath + "/items", "text", text);
        }
        for (String text : new String[] {"Gliederung", "Zahlen", "Bilder"}) {
            assertThat(s.web().post(listPath + "/items/" + itemId(s.project(), text) + "/completion").status()).isEqualTo(302);
        }
        assertThat(s.web().get(s.board()).body()).contains("☑ 3/5").contains("Checkliste: 3 von 5 erledigt");
        s.web().post(listPath + "/items/" + itemId(s.project(), "Bilder") + "/completion", "_method", "delete");
        s.web().post(listPath + "/items/" + itemId(s.project(), "Versand") + "/position", "_method", "put", "position", "1");
        s.web().post(listPath + "/items/" + itemId(s.project(), "Probe"), "_method", "put", "text", "Generalprobe");
        s.web().post(listPath + "/items/" + itemId(s.project(), "Zahlen"), "_method", "delete");
        assertThat(items(s.project())).containsExactly("Versand", "Gliederung", "Bilder", "Generalprobe");
        assertThat(s.web().get(s.board()).body()).contains("☑ 1/4");
        assertThat(s.web().get(s.task()).body()).contains("1/4 erledigt");
    }

    @Test
    void badTextsAndForeignIdsChangeNothing() {
        BoardWithTask s = setup("Listenfehler");
        s.web().post(s.task() + "/checklists", "title", "Folien");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        Web.Page empty = s.web().post(s.task() + "/checklists/" + list + "/items", "text", " ");
        assertThat(s.web().get(empty.location()).body()).contains("Bitte füllen Sie dieses Feld aus.");
        Web.Page tooLong = s.web().post(s.task() + "/checklists/" + list + "/items", "text", "x".repeat(501));
        assertThat(s.web().get(tooLong.location()).body()).contains("Bitte höchstens 500 Zeichen.");
        assertThat(items(s.project())).isEmpty();

        BoardWithTask other = setup("Listenfremd");
        other.web().post(other.task() + "/checklists", "title", "Fremde Liste");
        UUID foreign = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", other.project())
                .query(UUID.class).single();
        assertThat(s.web().post(s.task() + "/checklists/" + foreign + "/items", "text", "Eingeschleust").status())
                .isEqualTo(404);
        assertThat(s.web().post(s.task() + "/checklists/" + foreign, "_method", "delete").status()).isEqualTo(404);
        assertThat(s.web().post(other.task() + "/checklists/" + foreign + "/items", "text", "x").status()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM checklist WHERE id = :id").param("id", foreign)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(items(other.project())).isEmpty();
    }
}
