package de.laufzettel.search;

import de.laufzettel.project.ProjectAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds tasks across every project a person can see, in all their organisations, and nothing
 * else: the projects are narrowed down in the same SQL statement (active membership; organisation
 * admin or member of the project), never afterwards in Java.
 */
@Component
public class Search {
    public static final int QUERY_MAX = 200;
    static final int LIMIT = 50;

    private final JdbcClient db;

    Search(JdbcClient db) {
        this.db = db;
    }

    /** At most {@link #LIMIT} hits, best first; titles that match outrank notes, comments and checklists. */
    public List<SearchHit> find(UUID userId, String query, SearchFilter filter) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String conditions = filter.sql(params, userId);
        return db.sql("WITH " + ProjectAccess.VISIBLE_TO_ACCOUNT + """
                , q AS (
                    SELECT websearch_to_tsquery('german', :query) AS words
                ), found AS (
                    SELECT t.organization_id, t.id, 2.0 AS weight FROM task t, q
                    WHERE t.search_vector @@ q.words
                      AND t.organization_id IN (SELECT organization_id FROM visible)
                    UNION ALL
                    SELECT t.organization_id, t.id, word_similarity(:query, t.title) FROM task t
                    WHERE :query <% t.title AND t.organization_id IN (SELECT organization_id FROM visible)
                    UNION ALL
                    SELECT c.organization_id, c.task_id, 1.0 FROM comment c, q
                    WHERE c.search_vector @@ q.words AND c.organization_id IN (SELECT organization_id FROM visible)
                    UNION ALL
                    SELECT i.organization_id, i.task_id, 1.0 FROM checklist_item i, q
                    WHERE i.search_vector @@ q.words AND i.organization_id IN (SELECT organization_id FROM visible)
                    UNION ALL
                    SELECT tt.organization_id, tt.task_id, 1.5 FROM task_tag tt
                    JOIN tag g ON g.organization_id = tt.organization_id AND g.id = tt.tag_id, q
                    WHERE tt.organization_id IN (SELECT organization_id FROM visible)
                      AND (to_tsvector('german', g.name) @@ q.words OR lower(g.name) = lower(:query))
                ), best AS (
                    SELECT organization_id, id, max(weight) AS weight FROM found GROUP BY organization_id, id
                )
                SELECT v.slug, v.org_name, v.id AS project_id, v.name AS project_name, t.number, t.title,
                       t.completed_at IS NOT NULL AS completed,
                       ts_headline('german', t.title || E'\\n' || left(t.notes, 2000), q.words,
                                   'StartSel=' || chr(1) || ', StopSel=' || chr(2)
                                   || ', MaxWords=30, MinWords=10, MaxFragments=1') AS snippet
                FROM best b
                JOIN task t ON t.organization_id = b.organization_id AND t.id = b.id
                JOIN visible v ON v.organization_id = t.organization_id AND v.id = t.project_id, q
                WHERE t.trashed_at IS NULL""" + conditions + """

                ORDER BY b.weight DESC, ts_rank(t.search_vector, q.words) DESC, t.completed_at IS NOT NULL, t.number DESC
                LIMIT :limit
                """)
                .param("user", userId).param("query", query).param("limit", LIMIT).params(params)
                .query((rs, row) -> new SearchHit(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)))
                .list();
    }
}
