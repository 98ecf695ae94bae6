package de.laufzettel.api;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A task as JSON, written straight from its row exactly as Jackson writes {@link TasksApi.TaskJson}:
 * the same fields in the same order. For lists of up to a thousand tasks this skips a Java object
 * per value (UUIDs, times) and Jackson's per-field machinery, which were most of the list's cost.
 * PostgreSQL gives every value as text in the form the JSON needs: times in UTC
 * ({@code 2026-11-24 05:21:00.62}, fractions already without trailing zeros, as Java's ISO format
 * writes them), due times as {@code 14:30:00}. The text is taken as the UTF-8 bytes the driver
 * received and written into the response's bytes, so a page of 400 KB is not also made into
 * strings and encoded again. {@code ApiTest} compares every item of a list with the same task read
 * alone.
 */
final class TaskJsonRows {
    /**
     * The columns {@link #append} reads, from the task {@code t} of one project. The project's ID
     * is the same in every row and written from Java: 40 bytes a row less to convert and send.
     */
    static final String COLUMNS = "t.id::text, t.number, t.section_id::text, t.title, t.notes,"
            + " t.assignee_id::text, t.due_date::text, t.due_time::text, (t.completed_at AT TIME ZONE 'UTC')::text,"
            + " t.version, (t.created_at AT TIME ZONE 'UTC')::text, (t.updated_at AT TIME ZONE 'UTC')::text,"
            + " array_to_string(t.tag_ids, ',') ";

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final byte[] projectId;
    private byte[] bytes;
    private int length;

    TaskJsonRows(java.util.UUID projectId, int capacity) {
        this.projectId = projectId.toString().getBytes(StandardCharsets.US_ASCII);
        bytes = new byte[capacity];
    }

    /** Appends the task of the current row as a JSON object. */
    void append(ResultSet rs) throws SQLException {
        ascii("{\"id\":\"").raw(rs.getBytes(1)).ascii("\",\"number\":").number(rs.getLong(2))
                .ascii(",\"projectId\":\"").raw(projectId).ascii("\",\"sectionId\":\"").raw(rs.getBytes(3))
                .ascii("\",\"title\":").string(rs.getBytes(4))
                .ascii(",\"notes\":").string(rs.getBytes(5))
                .ascii(",\"assigneeId\":").plain(rs.getBytes(6))
                .ascii(",\"dueDate\":").plain(rs.getBytes(7))
                .ascii(",\"dueTime\":").plain(rs.getBytes(8));
        byte[] completedAt = rs.getBytes(9);
        ascii(",\"completed\":").ascii(completedAt != null ? "true" : "false").ascii(",\"completedAt\":").utc(completedAt)
                .ascii(",\"version\":").number(rs.getInt(10))
                .ascii(",\"createdAt\":").utc(rs.getBytes(11))
                .ascii(",\"updatedAt\":").utc(rs.getBytes(12))
                .ascii(",\"tagIds\":[");
        byte[] tags = rs.getBytes(13);
        if (tags.length > 0) {
            room(tags.length * 2 + 2);
            bytes[length++] = '"';
            for (byte b : tags) {
                if (b == ',') {
                    bytes[length++] = '"';
                    bytes[length++] = ',';
                    bytes[length++] = '"';
                } else {
                    bytes[length++] = b;
                }
            }
            bytes[length++] = '"';
        }
        ascii("]}");
    }

    /** Text that needs no escaping (written in the code). */
    TaskJsonRows ascii(String text) {
        int n = text.length();
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) text.charAt(i); // ASCII only, so one byte per character
        }
        return this;
    }

    TaskJsonRows number(long value) {
        return ascii(Long.toString(value));
    }

    /** The JSON written so far. */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private TaskJsonRows raw(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
        return this;
    }

    /**
     * A text as a JSON string, escaped as Jackson escapes it: quotes, backslashes and control
     * characters. Every other byte is copied: in UTF-8 the bytes of a character beyond ASCII are
     * all 0x80 or above, so none of them can be taken for one of those.
     */
    private TaskJsonRows string(byte[] text) {
        if (text == null) {
            return ascii("null");
        }
        room(text.length * 6 + 2);
        bytes[length++] = '"';
        for (byte b : text) {
            if (b == '"' || b == '\\') {
                bytes[length++] = '\\';
                bytes[length++] = b;
            } else if (b >= 0 && b < 0x20) {
                escapeControl(b);
            } else {
                bytes[length++] = b;
            }
        }
        bytes[length++] = '"';
        return this;
    }

    private void escapeControl(byte b) {
        bytes[length++] = '\\';
        switch (b) {
            case '\n' -> bytes[length++] = 'n';
            case '\r' -> bytes[length++] = 'r';
            case '\t' -> bytes[length++] = 't';
            case '\b' -> bytes[length++] = 'b';
            case '\f' -> bytes[length++] = 'f';
            default -> {
                bytes[length++] = 'u';
                bytes[length++] = '0';
                bytes[length++] = '0';
                bytes[length++] = HEX[b >> 4];
                bytes[length++] = HEX[b & 0xF];
            }
        }
    }

    /** A value that needs no escaping: an ID, a date, a time of day. */
    private TaskJsonRows plain(byte[] value) {
        if (value == null) {
            return ascii("null");
        }
        return ascii("\"").raw(value).ascii("\"");
    }

    /** A time in UTC as PostgreSQL writes it ("2026-11-24 05:21:00.62") in ISO form ("2026-11-24T05:21:00.62Z"). */
    private TaskJsonRows utc(byte[] value) {
        if (value == null) {
            return ascii("null");
        }
        room(value.length + 3);
        bytes[length++] = '"';
        System.arraycopy(value, 0, bytes, length, value.length);
        bytes[length + 10] = 'T';
        length += value.length;
        bytes[length++] = 'Z';
        bytes[length++] = '"';
        return this;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
