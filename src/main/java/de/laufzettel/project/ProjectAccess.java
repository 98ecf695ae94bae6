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
        return """
                EXISTS (SELECT 1 FROM membership am
                        LEFT JOIN project_member apm ON apm.organization_id = am.organization_id
                             AND apm.project_id = %1$s AND apm.user_id = am.user_id
                        WHERE am.organization_id = :org AND am.user_id = :user AND am.deactivated_at IS NULL
                          AND (am.role = 'admin' OR apm.user_id IS NOT NULL))
                """.formatted(projectIdColumn);
    }
}
