package de.laufzettel.project;

/**
 * The SQL condition "this user may see this project", for the features whose tables hang off a
 * project (tasks, comments, …), so that their queries check access in the database exactly as the
 * project list does. Uses the named parameters {@code :org} and {@code :user}.
 */
public final class ProjectAccess {
    private ProjectAccess() {
    }

    /**
     * A condition that holds when the user behind {@code :user} may see the project in
     * {@code projectIdColumn}. Pass a parameter such as {@code :project} where the query is about
     * one project: PostgreSQL then checks access once instead of once per row.
     */
    public static String visible(String projectIdColumn) {
        return visibleTo(":org", projectIdColumn, ":user");
    }

    /**
     * The same condition for any person: the one in {@code userColumn} may see the project in
     * {@code projectColumn} of the organisation in {@code organizationColumn} (columns or
     * parameters). For work on other people's behalf, such as telling them of a change.
     */
    public static String visibleTo(String organizationColumn, String projectColumn, String userColumn) {
        return """
                EXISTS (SELECT 1 FROM membership am
                        LEFT JOIN project_member apm ON apm.organization_id = am.organization_id
                             AND apm.project_id = %2$s AND apm.user_id = am.user_id
                        WHERE am.organization_id = %1$s AND am.user_id = %3$s AND am.deactivated_at IS NULL
                          AND (am.role = 'admin' OR apm.user_id IS NOT NULL))
                """.formatted(organizationColumn, projectColumn, userColumn);
    }

    /**
     * The same rule where the membership row (alias {@code membership}, already known to be
     * active) and the project row (alias {@code project}) are at hand: an organisation admin sees
     * every project, anyone else the projects they are a member of.
     */
    public static String seenThrough(String membership, String project) {
        return """
                (%1$s.role = 'admin' OR EXISTS (SELECT 1 FROM project_member apm
                        WHERE apm.organization_id = %2$s.organization_id AND apm.project_id = %2$s.id
                          AND apm.user_id = %1$s.user_id))
                """.formatted(membership, project);
    }

    /**
     * A {@code WITH} query named {@code visible}: every project the account behind {@code :user}
     * may see, in all its organisations (active membership; organisation admin or project member),
     * with the organisation's slug and name. For pages that span organisations: search, the agenda.
     */
    public static final String VISIBLE_TO_ACCOUNT = """
            visible AS (
                SELECT p.organization_id, p.id, p.name, o.slug, o.name AS org_name
                FROM membership m
                JOIN organization o ON o.id = m.organization_id
                JOIN project p ON p.organization_id = m.organization_id
                LEFT JOIN project_member pm ON pm.organization_id = p.organization_id AND pm.project_id = p.id
                     AND pm.user_id = m.user_id
                WHERE m.user_id = :user AND m.deactivated_at IS NULL AND p.archived_at IS NULL
                  AND (m.role = 'admin' OR pm.user_id IS NOT NULL)
            )
            """;
}
