package de.laufzettel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

class ReadsTest extends AppTest {
    @Autowired
    Reads reads;

    record Named(UUID id, String name) {
    }

    @Test
    void readsTogetherAnswerAsEachReadAlone() {
        BoardWithTask s = boardWithTask("Lesestadt", "Präsentation erstellen");
        Read<List<Named>> sections = Read.list("SELECT id, name FROM section WHERE project_id = :p ORDER BY rank, id",
                Map.of("p", s.project()), Named.class);
        Read<Optional<String>> title = Read.optional("SELECT title FROM task WHERE project_id = :p",
                Map.of("p", s.project()), String.class);
        Read<Integer> none = Read.list("SELECT 1 FROM task WHERE project_id = :p AND title = :t",
                Map.of("p", s.project(), "t", "gibt es nicht"), Integer.class).then(List::size);

        Reads.Together together = reads.together();
        Supplier<List<Named>> sectionsTogether = together.add(sections);
        Supplier<Optional<String>> titleTogether = together.add(title);
        Supplier<Integer> noneTogether = together.add(none);
        assertThatThrownBy(sectionsTogether::get).isInstanceOf(IllegalStateException.class);
        together.run();

        assertThat(sectionsTogether.get()).extracting(Named::name).containsExactly("Offen", "In Arbeit", "Erledigt");
        assertThat(sectionsTogether.get()).isEqualTo(sections.on(db));
        assertThat(titleTogether.get()).contains("Präsentation erstellen").isEqualTo(title.on(db));
        assertThat(noneTogether.get()).isZero();
        assertThatThrownBy(() -> together.add(title)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(together::run).isInstanceOf(IllegalStateException.class);
        // Run alone: what the supplier makes of its reads.
        String marked = reads.run(alone -> {
            java.util.function.Supplier<java.util.Optional<String>> t = alone.add(title);
            return () -> t.get().orElseThrow() + "!";
        });
        assertThat(marked).isEqualTo(title.on(db).orElseThrow() + "!");
    }

    @Test
    void oneFailingReadFailsThemAllAsADatabaseError() {
        Reads.Together together = reads.together();
        Supplier<Integer> fine = together.add(Read.list("SELECT 1", Map.of(), Integer.class).then(List::getFirst));
        together.add(Read.list("SELECT no_such_column FROM task", Map.of(), Integer.class));
        assertThatThrownBy(together::run).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(fine::get).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTaskDialogReadTogetherShowsEverythingAndOnlyToThoseWhoMaySeeIt() {
        BoardWithTask s = boardWithTask("Dialogstadt", "Texte aktualisieren");
        s.web().post(s.board() + "/tags", "name", "Inhalt", "colour", "green");
        UUID tag = db.sql("SELECT id FROM tag WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/tags", "_method", "put", "tag", tag.toString());
        s.web().post(s.task() + "/comments", "body", "Bitte bis Freitag.");
        s.web().post(s.task() + "/checklists", "title", "Schritte");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/checklists/" + list + "/items", "text", "Startseite");
        s.web().upload(s.task() + "/attachments", "entwurf.txt", "text/plain", "Text".getBytes(StandardCharsets.UTF_8));

        var dialog = s.web().withHeader("HX-Request", "true").get(s.task());
        assertThat(dialog.status()).isEqualTo(200);
        assertThat(dialog.body()).contains("Texte aktualisieren").contains("Bitte bis Freitag.").contains("Schritte")
                .contains("Startseite").contains("entwurf.txt").contains("Inhalt").contains("In Arbeit")
                .doesNotContain("<html");

        TestOrg other = newOrganization("Fremdstadt");
        Web stranger = web().login(other.admin().email(), PASSWORD);
        String foreignPath = s.task().replace("/" + s.org().slug() + "/", "/" + other.slug() + "/");
        assertThat(stranger.withHeader("HX-Request", "true").get(foreignPath).status()).isEqualTo(404);
        assertThat(s.web().withHeader("HX-Request", "true").get(s.board() + "/tasks/999999").status()).isEqualTo(404);
    }
}
