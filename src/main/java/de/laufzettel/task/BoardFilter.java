package de.laufzettel.task;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the board shows: a text in the title, an assignee ("me", "none" or a person), a tag, a due
 * range (overdue, today, this week, none) and whether completed tasks are shown. Unknown values
 * are ignored rather than refused, so an old bookmark still opens the board.
 */
public record BoardFilter(String text, String assignee, UUID tag, String due, boolean completed) {
    public static final BoardFilter NONE = new BoardFilter("", "", null, "", false);

    /** Reads the filter from request parameters. */
    public static BoardFilter of(Map<String, String> params) {
        String text = params.getOrDefault("q", "").strip();
        String assignee = params.getOrDefault("assignee", "").strip();
        if (!assignee.equals("me") && !assignee.equals("none") && !isUuid(assignee)) {
            assignee = "";
        }
        String tag = params.getOrDefault("tag", "").strip();
        String due = params.getOrDefault("due", "").strip();
        return new BoardFilter(text.length() > 200 ? text.substring(0, 200) : text, assignee,
                isUuid(tag) ? UUID.fromString(tag) : null, DueRange.FILTERS.contains(due) ? due : "",
                "1".equals(params.get("completed")));
    }

    public boolean active() {
        return !text.isEmpty() || !assignee.isEmpty() || tag != null || !due.isEmpty() || completed;
    }

    /** The filter as a query string ("?q=…&…"), or empty. */
    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", text);
        add(parts, "assignee", assignee);
        add(parts, "tag", tag == null ? "" : tag.toString());
        add(parts, "due", due);
        add(parts, "completed", completed ? "1" : "");
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** SQL conditions on the task alias {@code t} and the parameters they use. */
    String sql(Map<String, Object> params, UUID me) {
        StringBuilder where = new StringBuilder(completed ? "" : " AND t.completed_at IS NULL");
        if (!text.isEmpty()) {
            where.append(" AND t.title ILIKE :text ESCAPE '\\'");
            params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        switch (assignee) {
            case "" -> { }
            case "me" -> {
                where.append(" AND t.assignee_id = :assignee");
                params.put("assignee", me);
            }
            case "none" -> where.append(" AND t.assignee_id IS NULL");
            default -> {
                where.append(" AND t.assignee_id = :assignee");
                params.put("assignee", UUID.fromString(assignee));
            }
        }
        if (tag != null) {
            where.append(" AND EXISTS (SELECT 1 FROM task_tag ft WHERE ft.organization_id = t.organization_id"
                    + " AND ft.task_id = t.id AND ft.tag_id = :tag)");
            params.put("tag", tag);
        }
        where.append(DueRange.sql(due, params));
        return where.toString();
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false; // most often empty: no filter, and no exception thrown for it on every board page
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
