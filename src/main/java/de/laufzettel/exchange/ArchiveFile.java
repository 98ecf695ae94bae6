package de.laufzettel.exchange;

import java.util.List;

/**
 * One JSON file of an archive: its path and the query that yields its rows, one JSON object each,
 * in a stable order. Keys are named here, not taken from the tables, so that the format stays as
 * documented (docs/export-format.md) when the schema changes. Every query is scoped by
 * {@code :org}, and by {@code :project} when that is not null (a project archive: the project, the
 * people who appear in it, no one's personal agenda); nothing in a file depends on the time of the
 * export.
 */
record ArchiveFile(String path, String rows) {

    /** True for every row of an organisation archive; for a project archive, only the project's rows. */
    private static String ofProject(String column) {
        return "(CAST(:project AS uuid) IS NULL OR " + column + " = :project)";
    }

    /** The activity about the project, its sections, tags and tasks. */
    private static final String PROJECT_ACTIVITY = "(CAST(:project AS uuid) IS NULL OR "
            + de.laufzettel.activity.ActivityLog.ABOUT_PROJECT + ")";

    /** Everybody who appears in the project: its members and whoever wrote, did or is named in something. */
    private static final String PROJECT_PEOPLE = """
            (CAST(:project AS uuid) IS NULL OR u.id IN (
                SELECT user_id FROM project_member WHERE organization_id = :org AND project_id = :project
                UNION SELECT created_by FROM project WHERE organization_id = :org AND id = :project
                UNION SELECT unnest(ARRAY[created_by, assignee_id, completed_by]) FROM task
                      WHERE organization_id = :org AND project_id = :project
                UNION SELECT user_id FROM task_watcher WHERE organization_id = :org AND project_id = :project
                UNION SELECT done_by FROM checklist_item WHERE organization_id = :org AND project_id = :project
                UNION SELECT author_id FROM comment WHERE organization_id = :org AND project_id = :project
                UNION SELECT uploaded_by FROM attachment WHERE organization_id = :org AND project_id = :project
                UNION SELECT a.actor_id FROM activity a WHERE a.organization_id = :org AND\s""" + PROJECT_ACTIVITY + "))";

    static final List<ArchiveFile> ALL = List.of(
            new ArchiveFile("members.json", """
                    SELECT json_build_object('userId', u.id, 'email', u.email, 'name', u.name, 'locale', u.locale,
                           'role', m.role, 'joinedAt', m.joined_at, 'deactivatedAt', m.deactivated_at)
                    FROM membership m JOIN app_user u ON u.id = m.user_id
                    WHERE m.organization_id = :org AND\s""" + PROJECT_PEOPLE + " ORDER BY u.id"),
            new ArchiveFile("projects.json", """
                    SELECT json_build_object('id', p.id, 'name', p.name, 'description', p.description,
                           'createdBy', p.created_by, 'createdAt', p.created_at, 'archivedAt', p.archived_at,
                           'version', p.version,
                           'members', (SELECT coalesce(json_agg(json_build_object('userId', pm.user_id, 'role', pm.role,
                                                                'addedAt', pm.added_at) ORDER BY pm.user_id), '[]')
                                       FROM project_member pm
                                       WHERE pm.organization_id = p.organization_id AND pm.project_id = p.id))
                    FROM project p WHERE p.organization_id = :org AND\s""" + ofProject("p.id") + " ORDER BY p.id"),
            new ArchiveFile("sections.json", """
                    SELECT json_build_object('id', s.id, 'projectId', s.project_id, 'name', s.name, 'rank', s.rank,
                           'createdAt', s.created_at)
                    FROM section s WHERE s.organization_id = :org AND\s""" + ofProject("s.project_id") + " ORDER BY s.id"),
            new ArchiveFile("tags.json", """
                    SELECT json_build_object('id', g.id, 'projectId', g.project_id, 'name', g.name, 'colour', g.colour,
                           'createdAt', g.created_at)
                    FROM tag g WHERE g.organization_id = :org AND\s""" + ofProject("g.project_id") + " ORDER BY g.id"),
            new ArchiveFile("tasks.json", """
                    SELECT json_build_object('id', t.id, 'projectId', t.project_id, 'sectionId', t.section_id,
                           'number', t.number, 'title', t.title, 'notes', t.notes, 'rank', t.rank,
                           'assigneeId', t.assignee_id, 'dueDate', t.due_date, 'dueTime', t.due_time,
                           'createdBy', t.created_by, 'createdAt', t.created_at, 'updatedAt', t.updated_at,
                           'version', t.version, 'completedAt', t.completed_at, 'completedBy', t.completed_by,
                           'trashedAt', t.trashed_at,
                           'tagIds', (SELECT coalesce(json_agg(tt.tag_id ORDER BY tt.tag_id), '[]') FROM task_tag tt
                                      WHERE tt.organization_id = t.organization_id AND tt.task_id = t.id),
                           'watchers', (SELECT coalesce(json_agg(json_build_object('userId', w.user_id, 'since', w.since)
                                                                 ORDER BY w.user_id), '[]')
                                        FROM task_watcher w WHERE w.organization_id = t.organization_id AND w.task_id = t.id))
                    FROM task t WHERE t.organization_id = :org AND\s""" + ofProject("t.project_id") + " ORDER BY t.id"),
            new ArchiveFile("checklists.json", """
                    SELECT json_build_object('id', c.id, 'projectId', c.project_id, 'taskId', c.task_id, 'title', c.title,
                           'rank', c.rank, 'createdAt', c.created_at,
                           'items', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'text', i.text, 'rank', i.rank,
                                                              'doneAt', i.done_at, 'doneBy', i.done_by) ORDER BY i.id), '[]')
                                     FROM checklist_item i
                                     WHERE i.organization_id = c.organization_id AND i.checklist_id = c.id))
                    FROM checklist c WHERE c.organization_id = :org AND\s""" + ofProject("c.project_id") + " ORDER BY c.id"),
            new ArchiveFile("comments.json", """
                    SELECT json_build_object('id', c.id, 'projectId', c.project_id, 'taskId', c.task_id,
                           'authorId', c.author_id, 'body', c.body, 'createdAt', c.created_at, 'editedAt', c.edited_at)
                    FROM comment c WHERE c.organization_id = :org AND\s""" + ofProject("c.project_id") + " ORDER BY c.id"),
            new ArchiveFile("attachments.json", """
                    SELECT json_build_object('id', a.id, 'projectId', a.project_id, 'taskId', a.task_id,
                           'fileName', a.file_name, 'contentType', a.content_type, 'bytes', a.size_bytes,
                           'uploadedBy', a.uploaded_by, 'createdAt', a.created_at, 'path', 'attachments/' || a.id)
                    FROM attachment a WHERE a.organization_id = :org AND\s""" + ofProject("a.project_id") + " ORDER BY a.id"),
            new ArchiveFile("activity.json", """
                    SELECT json_build_object('id', a.id, 'actorId', a.actor_id, 'subjectType', a.subject_type,
                           'subjectId', a.subject_id, 'action', a.action, 'details', a.details, 'createdAt', a.created_at)
                    FROM activity a WHERE a.organization_id = :org AND\s""" + PROJECT_ACTIVITY + " ORDER BY a.id"),
            new ArchiveFile("agenda-sections.json", """
                    SELECT json_build_object('accountId', s.account_id, 'id', s.id, 'name', s.name, 'rank', s.rank)
                    FROM agenda_section s
                    WHERE CAST(:project AS uuid) IS NULL
                      AND EXISTS (SELECT 1 FROM agenda_entry e WHERE e.organization_id = :org
                                  AND e.account_id = s.account_id AND e.section_id = s.id)
                    ORDER BY s.account_id, s.id
                    """),
            new ArchiveFile("agenda-entries.json", """
                    SELECT json_build_object('accountId', e.account_id, 'taskId', e.task_id, 'sectionId', e.section_id,
                           'rank', e.rank, 'pinned', e.pinned)
                    FROM agenda_entry e WHERE e.organization_id = :org AND CAST(:project AS uuid) IS NULL
                    ORDER BY e.account_id, e.task_id
                    """));
}
