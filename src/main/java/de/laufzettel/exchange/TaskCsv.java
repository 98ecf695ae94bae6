package de.laufzettel.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A project's tasks as CSV for spreadsheets (RFC 4180: comma, double quotes, CRLF), in board order.
 * UTF-8 with a byte order mark, which spreadsheet programs need to read umlauts correctly.
 */
final class TaskCsv {
    static final String HEADER = "number,title,section,status,assignee,assignee_email,due_date,due_time,tags,"
            + "created_at,completed_at,notes";

    private TaskCsv() {
    }

    static void write(NamedParameterJdbcTemplate db, UUID organizationId, UUID projectId, OutputStream out)
            throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        db.query("""
                SELECT t.number, t.title, s.name,
                       CASE WHEN t.trashed_at IS NOT NULL THEN 'trash' WHEN t.completed_at IS NOT NULL THEN 'done' ELSE 'open' END,
                       u.name, u.email, t.due_date::text, to_char(t.due_time, 'HH24:MI'),
                       (SELECT string_agg(g.name, '; ' ORDER BY g.name) FROM task_tag tt
                        JOIN tag g ON g.organization_id = tt.organization_id AND g.id = tt.tag_id
                        WHERE tt.organization_id = t.organization_id AND tt.task_id = t.id),
                       to_json(t.created_at) #>> '{}', to_json(t.completed_at) #>> '{}', t.notes
                FROM task t
                JOIN section s ON s.organization_id = t.organization_id AND s.id = t.section_id
                LEFT JOIN app_user u ON u.id = t.assignee_id
                WHERE t.organization_id = :org AND t.project_id = :project
                ORDER BY s.rank, s.id, t.rank, t.id
                """, Map.of("org", organizationId, "project", projectId), rs -> {
            StringBuilder line = new StringBuilder();
            for (int i = 1; i <= 12; i++) {
                if (i > 1) {
                    line.append(',');
                }
                line.append(field(rs.getString(i)));
            }
            try {
                out.write(line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * One field, quoted when it needs to be. A leading =, +, - or @ is prefixed with an apostrophe,
     * so that a spreadsheet shows a title such as "=HYPERLINK(…)" instead of running it.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
