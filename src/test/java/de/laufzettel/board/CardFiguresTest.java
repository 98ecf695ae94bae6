package de.laufzettel.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The figures a card shows are kept on the task row; they must always match the rows they count. */
class CardFiguresTest extends AppTest {

    @Test
    void tagsAndCountsFollowEveryChangeAndMatchARecount() {
        BoardWithTask s = boardWithTask("Kartenstadt", "Präsentation erstellen");
        s.web().post(s.board() + "/tags", "name", "Design", "colour", "purple");
        s.web().post(s.board() + "/tags", "name", "Inhalt", "colour", "green");
        UUID design = id("SELECT id FROM tag WHERE project_id = :p AND name = 'Design'", s.project());
        UUID inhalt = id("SELECT id FROM tag WHERE project_id = :p AND name = 'Inhalt'", s.project());
        s.web().post(s.task() + "/tags", "_method", "put", "tag", design.toString(), "tag", inhalt.toString());
        s.web().post(s.task() + "/comments", "body", "Erster Entwurf liegt vor.");
        s.web().post(s.task() + "/comments", "body", "Danke!");
        s.web().upload(s.task() + "/attachments", "entwurf.txt", "text/plain", "Folie 1".getBytes(StandardCharsets.UTF_8));
        s.web().post(s.task() + "/checklists", "title", "Schritte");
        UUID list = id("SELECT id FROM checklist WHERE project_id = :p", s.project());
        s.web().post(s.task() + "/checklists/" + list + "/items", "text", "Gliederung");
        s.web().post(s.task() + "/checklists/" + list + "/items", "text", "Folien");
        s.web().post(s.task() + "/checklists/" + list + "/items/"
                + id("SELECT id FROM checklist_item WHERE project_id = :p AND text = 'Folien'", s.project()) + "/completion");

        assertThat(figures(s.project())).isEqualTo(Map.of("tags", 2, "comments", 2, "attachments", 1, "done", 1, "total", 2));
        assertThat(figures(s.project())).isEqualTo(recount(s.project()));
        assertThat(s.web().get(s.board()).body()).contains("tag tag-purple\">Design</span>").contains("☑ 1/2")
                .contains("💬 2").contains("📎 1");

        s.web().post(s.board() + "/tags/" + design, "_method", "delete");
        s.web().post(s.task() + "/comments/" + id("SELECT id FROM comment WHERE project_id = :p AND body = 'Danke!'",
                s.project()), "_method", "delete");
        s.web().post(s.task() + "/attachments/" + id("SELECT id FROM attachment WHERE project_id = :p", s.project()),
                "_method", "delete");
        s.web().post(s.task() + "/checklists/" + list, "_method", "delete");

        assertThat(figures(s.project())).isEqualTo(Map.of("tags", 1, "comments", 1, "attachments", 0, "done", 0, "total", 0));
        assertThat(figures(s.project())).isEqualTo(recount(s.project()));
        assertThat(s.web().get(s.board()).body()).doesNotContain("Design</span>").contains("Inhalt</span>")
                .doesNotContain("☑").doesNotContain("📎");
    }

    private UUID id(String sql, UUID project) {
        return db.sql(sql).param("p", project).query(UUID.class).single();
    }

    private Map<String, Integer> figures(UUID project) {
        return db.sql("""
                SELECT cardinality(tag_ids), comment_count, attachment_count, checklist_done, checklist_total
                FROM task WHERE project_id = :p
                """).param("p", project).query((rs, row) -> Map.of("tags", rs.getInt(1), "comments", rs.getInt(2),
                        "attachments", rs.getInt(3), "done", rs.getInt(4), "total", rs.getInt(5))).single();
    }

    private Map<String, Integer> recount(UUID project) {
        List<Integer> n = db.sql("""
                SELECT (SELECT count(*) FROM task_tag WHERE project_id = :p)::int,
                       (SELECT count(*) FROM comment WHERE project_id = :p)::int,
                       (SELECT count(*) FROM attachment WHERE project_id = :p)::int,
                       (SELECT count(*) FROM checklist_item WHERE project_id = :p AND done_at IS NOT NULL)::int,
                       (SELECT count(*) FROM checklist_item WHERE project_id = :p)::int
                """).param("p", project).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).single();
        return Map.of("tags", n.get(0), "comments", n.get(1), "attachments", n.get(2), "done", n.get(3), "total", n.get(4));
    }
}
