package de.laufzettel.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A task as JSON, written straight from its row exactly as Jackson writes {@link TasksApi.TaskJson}:
 * the same fields in the same order. For lists of up to a thousand tasks this skips a Java object
 * per value (UUIDs, times) and Jackson's per-field machinery, which were most of the list's cost.
 * PostgreSQL gives every value as text in the form the JSON needs: times in UTC
 * ({@code 2026-11-24 05:21:00.62}, fractions already without trailing zeros, as Java's ISO format
 * writes them), due times as {@code 14:30:00}. {@code ApiTest} compares every item of a list with
 * the same task read alone.
 */
final class TaskJsonRows {
    private TaskJsonRows() {
    }

    /** The columns {@link #append} reads, from the task {@code t}. */
    static final String COLUMNS = "t.id::text, t.number, t.project_id::text, t.section_id::text, t.title, t.notes,"
            + " t.assignee_id::text, t.due_date::text, t.due_time::text, (t.completed_at AT TIME ZONE 'UTC')::text,"
            + " t.version, (t.created_at AT TIME ZONE 'UTC')::text, (t.updated_at AT TIME ZONE 'UTC')::text,"
            + " array_to_string(t.tag_ids, ',') ";

    /** Appends the task of the current row as a JSON object. */
    static void append(StringBuilder json, ResultSet rs) throws SQLException {
        json.append("{\"id\":\"").append(rs.getString(1)).append("\",\"number\":").append(rs.getLong(2))
                .append(",\"projectId\":\"").append(rs.getString(3)).append("\",\"sectionId\":\"").append(rs.getString(4))
                .append("\",\"title\":");
        string(json, rs.getString(5));
        json.append(",\"notes\":");
        string(json, rs.getString(6));
        json.append(",\"assigneeId\":");
        plain(json, rs.getString(7));
        json.append(",\"dueDate\":");
        plain(json, rs.getString(8));
        json.append(",\"dueTime\":");
        plain(json, rs.getString(9));
        String completedAt = rs.getString(10);
        json.append(",\"completed\":").append(completedAt != null).append(",\"completedAt\":");
        utc(json, completedAt);
        json.append(",\"version\":").append(rs.getInt(11)).append(",\"createdAt\":");
        utc(json, rs.getString(12));
        json.append(",\"updatedAt\":");
        utc(json, rs.getString(13));
        json.append(",\"tagIds\":[");
        String tags = rs.getString(14);
        if (!tags.isEmpty()) {
            json.append('"').append(tags.replace(",", "\",\"")).append('"');
        }
        json.append("]}");
    }

    private static void string(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, json);
        json.append('"');
    }

    /** A value that needs no escaping: an ID, a date, a time of day. */
    private static void plain(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
        } else {
            json.append('"').append(value).append('"');
        }
    }

    /** A time in UTC as PostgreSQL writes it ("2026-11-24 05:21:00.62") in ISO form ("2026-11-24T05:21:00.62Z"). */
    private static void utc(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"').append(value, 0, 10).append('T').append(value, 11, value.length()).append("Z\"");
    }
}
