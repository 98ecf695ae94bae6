package de.laufzettel.search;

import de.laufzettel.task.DueRange;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Narrows a search down: one project, open or done tasks, tasks assigned to me, a tag, a due range.
 * Unknown values mean "no filter", so an edited address never causes an error.
 */
public record SearchFilter(UUID project, String status, boolean mine, String tag, String due, UUID organization) {
    public static final Set<String> STATUSES = Set.of("open", "done");
    public static final SearchFilter NONE = new SearchFilter(null, "", false, "", "", null);

    public static SearchFilter of(Map<String, String> params) {
        UUID project = null;
        try {
            String p = params.getOrDefault("project", "");
            project = p.isBlank() ? null : UUID.fromString(p);
        } catch (IllegalArgumentException e) {
            project = null;
        }
        String status = params.getOrDefault("status", "");
        String due = params.getOrDefault("due", "");
        String tag = params.getOrDefault("tag", "").strip();
        return new SearchFilter(project, STATUSES.contains(status) ? status : "",
                "me".equals(params.get("assignee")), tag.length() > de.laufzettel.task.Tag.NAME_MAX ? "" : tag, DueRange.FILTERS.contains(due) ? due : "", null);
    }

    /** The same filter within one organisation only (the API's token belongs to one). */
    public SearchFilter inOrganization(UUID organizationId) {
        return new SearchFilter(project, status, mine, tag, due, organizationId);
    }

    /** The search address for {@code query} with these filters, but narrowed to {@code projectId}. */
    public String pathInProject(String query, UUID projectId) {
        return path(query, projectId, 1);
    }

    /** The search address for {@code query} with these filters, showing page {@code page}. */
    public String pathToPage(String query, int page) {
        return path(query, project, page);
    }

    private String path(String query, UUID inProject, int page) {
        StringBuilder path = new StringBuilder("/search?q=").append(encode(query));
        if (inProject != null) {
            path.append("&project=").append(inProject);
        }
        if (!status.isEmpty()) {
            path.append("&status=").append(status);
        }
        if (mine) {
            path.append("&assignee=me");
        }
        if (!tag.isEmpty()) {
            path.append("&tag=").append(encode(tag));
        }
        if (!due.isEmpty()) {
            path.append("&due=").append(due);
        }
        if (page > 1) {
            path.append("&page=").append(page);
        }
        return path.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** SQL conditions on {@code t} (a task), with their parameters put into {@code params}. */
    String sql(Map<String, Object> params, UUID me) {
        StringBuilder where = new StringBuilder();
        if (organization != null) {
            where.append(" AND t.organization_id = :filterOrganization");
            params.put("filterOrganization", organization);
        }
        if (project != null) {
            where.append(" AND t.project_id = :filterProject");
            params.put("filterProject", project);
        }
        if (status.equals("open")) {
            where.append(" AND t.completed_at IS NULL");
        } else if (status.equals("done")) {
            where.append(" AND t.completed_at IS NOT NULL");
        }
        if (mine) {
            where.append(" AND t.assignee_id = :filterMe");
            params.put("filterMe", me);
        }
        if (!tag.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM task_tag ft JOIN tag fg ON fg.organization_id = ft.organization_id"
                    + " AND fg.id = ft.tag_id WHERE ft.organization_id = t.organization_id AND ft.task_id = t.id"
                    + " AND lower(fg.name) = lower(:filterTag))");
            params.put("filterTag", tag);
        }
        where.append(DueRange.sql(due, params));
        return where.toString();
    }
}
