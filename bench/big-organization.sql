-- An organisation of :tasks tasks for timing export and import (bench/exchange): "grossstadt",
-- 100 projects of 3 sections, every task with notes, an assignee and a due date, every tenth with
-- a comment and a 3-item checklist. Runs after bench/seed.sql (it uses its people).
INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'grossstadt', 'Großstadt');
INSERT INTO membership (organization_id, user_id, role)
SELECT o.id, u.id, CASE WHEN u.email = 'bench01@bench.example' THEN 'admin' ELSE 'member' END
FROM organization o CROSS JOIN app_user u WHERE o.slug = 'grossstadt' AND u.email LIKE 'bench%@bench.example';
INSERT INTO project (organization_id, id, name, created_by)
SELECT o.id, gen_random_uuid(), 'Vorhaben ' || lpad(i::text, 3, '0'), u.id
FROM organization o JOIN app_user u ON u.email = 'bench01@bench.example' CROSS JOIN generate_series(1, 100) i
WHERE o.slug = 'grossstadt';
INSERT INTO project_member (organization_id, project_id, user_id, role)
SELECT p.organization_id, p.id, m.user_id, 'member'
FROM project p JOIN organization o ON o.id = p.organization_id
JOIN membership m ON m.organization_id = o.id AND m.role = 'member' WHERE o.slug = 'grossstadt';
INSERT INTO section (organization_id, id, project_id, name, rank)
SELECT p.organization_id, gen_random_uuid(), p.id, s.name, s.rank
FROM project p JOIN organization o ON o.id = p.organization_id
CROSS JOIN (VALUES ('Offen', 'i'), ('In Arbeit', 'r'), ('Erledigt', 'v')) AS s (name, rank)
WHERE o.slug = 'grossstadt';
WITH sections AS (
    SELECT s.organization_id, s.project_id, s.id, p.created_by, row_number() OVER (ORDER BY s.id) - 1 AS k
    FROM section s JOIN project p ON p.id = s.project_id AND p.organization_id = s.organization_id
    JOIN organization o ON o.id = s.organization_id WHERE o.slug = 'grossstadt'
), people AS (
    SELECT m.user_id, row_number() OVER (ORDER BY m.user_id) - 1 AS k
    FROM membership m JOIN organization o ON o.id = m.organization_id WHERE o.slug = 'grossstadt'
)
INSERT INTO task (organization_id, id, project_id, section_id, number, title, notes, rank, created_by,
                  assignee_id, due_date, completed_at)
SELECT s.organization_id, gen_random_uuid(), s.project_id, s.id, g, format('Vorgang %s: Stellungnahme prüfen', g),
       format('Notizen zum Vorgang %s mit **Markdown**, Umlauten (äöüß) und einem Link: https://example.org/%s', g, g),
       'i' || lpad(g::text, 9, '0') || 'i', s.created_by, p.user_id, current_date + (g % 60 - 20),
       CASE WHEN g % 3 = 0 THEN now() END
FROM generate_series(1, :tasks) g
JOIN sections s ON s.k = g % 300
JOIN people p ON p.k = g % 16;
INSERT INTO comment (organization_id, id, project_id, task_id, author_id, body)
SELECT t.organization_id, gen_random_uuid(), t.project_id, t.id, t.assignee_id, 'Erledige ich bis Freitag.'
FROM task t JOIN organization o ON o.id = t.organization_id WHERE o.slug = 'grossstadt' AND t.number % 10 = 0;
INSERT INTO checklist (organization_id, id, project_id, task_id, title, rank)
SELECT t.organization_id, gen_random_uuid(), t.project_id, t.id, 'Schritte', 'i'
FROM task t JOIN organization o ON o.id = t.organization_id WHERE o.slug = 'grossstadt' AND t.number % 10 = 0;
INSERT INTO checklist_item (organization_id, id, project_id, task_id, checklist_id, text, rank)
SELECT c.organization_id, gen_random_uuid(), c.project_id, c.task_id, c.id, 'Schritt ' || i, 'i' || i
FROM checklist c JOIN organization o ON o.id = c.organization_id CROSS JOIN generate_series(1, 3) i
WHERE o.slug = 'grossstadt';
INSERT INTO task_sequence (organization_id, last_number)
SELECT id, :tasks FROM organization WHERE slug = 'grossstadt';
ANALYZE;
