package de.laufzettel.api;

/**
 * A task as JSON, written by PostgreSQL exactly as Jackson writes {@link TasksApi.TaskJson}: the
 * same fields in the same order, times in UTC as {@code 2026-11-24T05:21:00.62Z} (as few fraction
 * digits as needed), a due time as {@code 14:30:00} (with a fraction only when it has one). Lists of a thousand tasks are so written without a Java
 * object per task; {@code ApiTest} compares every item of a list with the same task read alone.
 */
final class TaskJsonSql {
    private TaskJsonSql() {
    }

    /** The fraction of a second of {@code %1$s}, without trailing zeros; nothing when it is none. */
    private static final String FRACTION = " || CASE WHEN extract(microseconds FROM %1$s)::int %% 1000000 = 0 THEN ''"
            + " ELSE '.' || rtrim(lpad((extract(microseconds FROM %1$s)::int %% 1000000)::text, 6, '0'), '0') END";

    /** The JSON of the task {@code t}, as a text column. */
    static final String ITEM = ("'{\"id\":\"' || t.id || '\",\"number\":' || t.number"
            + " || ',\"projectId\":\"' || t.project_id || '\",\"sectionId\":\"' || t.section_id || '\"'"
            + " || ',\"title\":' || to_json(t.title)::text"
            + " || ',\"notes\":' || coalesce(to_json(t.notes)::text, 'null')"
            + " || ',\"assigneeId\":' || coalesce('\"' || t.assignee_id || '\"', 'null')"
            + " || ',\"dueDate\":' || coalesce('\"' || to_char(t.due_date, 'YYYY-MM-DD') || '\"', 'null')"
            + " || ',\"dueTime\":' || coalesce('\"' || %s || '\"', 'null')"
            + " || ',\"completed\":' || (t.completed_at IS NOT NULL)::text"
            + " || ',\"completedAt\":' || coalesce('\"' || %s || '\"', 'null')"
            + " || ',\"version\":' || t.version"
            + " || ',\"createdAt\":\"' || %s || '\"'"
            + " || ',\"updatedAt\":\"' || %s || '\"'"
            + " || ',\"tagIds\":' || coalesce(array_to_json(t.tag_ids)::text, '[]') || '}' AS json ")
            .formatted(time("t.due_time"), instant("t.completed_at"), instant("t.created_at"), instant("t.updated_at"));

    /** A timestamp in UTC with as many fraction digits as it needs (Java's ISO format). */
    private static String instant(String column) {
        return ("to_char(%1$s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')" + FRACTION + " || 'Z'").formatted(column);
    }

    /** A time of day in Java's ISO format: always with seconds, a fraction only as long as needed. */
    private static String time(String column) {
        return ("to_char(%1$s, 'HH24:MI:SS')" + FRACTION).formatted(column);
    }
}
