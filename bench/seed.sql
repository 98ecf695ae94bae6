-- Benchmark data. ":tasks" is replaced by the total number of tasks, ":hash" by the password hash.
-- The measured board: organisation "bench", 16 people, 10 sections × 100 open tasks.
INSERT INTO app_user (id, email, name, password_hash, locale)
SELECT gen_random_uuid(), format('bench%s@bench.example', lpad(i::text, 2, '0')), format('Person %s', i), ':hash', 'de'
FROM generate_series(1, 16) i;
INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'bench', 'Benchstadt');
INSERT INTO membership (organization_id, user_id, role)
SELECT o.id, u.id, CASE WHEN u.email = 'bench01@bench.example' THEN 'admin' ELSE 'member' END
FROM organization o CROSS JOIN app_user u WHERE o.slug = 'bench' AND u.email LIKE 'bench%@bench.example';
INSERT INTO project (organization_id, id, name, created_by)
SELECT o.id, gen_random_uuid(), 'Website-Relaunch', u.id
FROM organization o CROSS JOIN app_user u WHERE o.slug = 'bench' AND u.email = 'bench01@bench.example';
INSERT INTO project_member (organization_id, project_id, user_id, role)
SELECT p.organization_id, p.id, m.user_id, CASE WHEN m.role = 'admin' THEN 'admin' ELSE 'member' END
FROM project p JOIN organization o ON o.id = p.organization_id JOIN membership m ON m.organization_id = o.id
WHERE o.slug = 'bench';
INSERT INTO section (organization_id, id, project_id, name, rank)
SELECT p.organization_id, gen_random_uuid(), p.id, 'Bereich ' || i, chr(96 + i)
FROM project p JOIN organization o ON o.id = p.organization_id CROSS JOIN generate_series(1, 10) i
WHERE o.slug = 'bench';
INSERT INTO task (organization_id, id, project_id, section_id, number, title, rank, created_by)
SELECT s.organization_id, gen_random_uuid(), s.project_id, s.id,
       row_number() OVER (ORDER BY s.rank, j), format('Aufgabe %s im %s', j, s.name), 'i' || lpad(j::text, 3, '0') || 'i',
       p.created_by
FROM section s JOIN project p ON p.id = s.project_id AND p.organization_id = s.organization_id
JOIN organization o ON o.id = s.organization_id CROSS JOIN generate_series(1, 100) j
WHERE o.slug = 'bench';
INSERT INTO task_sequence (organization_id, last_number)
SELECT id, 1000 FROM organization WHERE slug = 'bench';

-- Each task of the measured board: an assignee, a due date (some overdue), 1–3 of 8 tags, a
-- 5-item checklist with 2 items done, 2 comments and the creator and commenters as watchers.
WITH bench_tasks AS (
    SELECT t.organization_id, t.id, t.number FROM task t JOIN organization o ON o.id = t.organization_id
    WHERE o.slug = 'bench'
), people AS (
    SELECT m.user_id, row_number() OVER (ORDER BY u.email) - 1 AS k
    FROM membership m JOIN organization o ON o.id = m.organization_id JOIN app_user u ON u.id = m.user_id
    WHERE o.slug = 'bench'
)
UPDATE task t SET assignee_id = p.user_id,
                  due_date = current_date + ((b.number % 40) - 10)::int,
                  due_time = CASE WHEN b.number % 4 = 0 THEN time '14:30' END
FROM bench_tasks b JOIN people p ON p.k = b.number % 16
WHERE t.organization_id = b.organization_id AND t.id = b.id;
INSERT INTO tag (organization_id, id, project_id, name, colour)
SELECT p.organization_id, gen_random_uuid(), p.id, n.name, n.colour
FROM project p JOIN organization o ON o.id = p.organization_id
CROSS JOIN (VALUES ('Bürgerservice', 'blue'), ('Dringend', 'red'), ('Digitalisierung', 'purple'),
                   ('Klimaschutz', 'green'), ('Haushalt', 'yellow'), ('Rechtsprüfung', 'orange'),
                   ('Presse', 'grey'), ('Vergabe', 'blue')) AS n (name, colour)
WHERE o.slug = 'bench';
WITH tags AS (
    SELECT g.organization_id, g.project_id, g.id, row_number() OVER (ORDER BY g.name) - 1 AS k
    FROM tag g JOIN organization o ON o.id = g.organization_id WHERE o.slug = 'bench'
)
INSERT INTO task_tag (organization_id, project_id, task_id, tag_id)
SELECT t.organization_id, t.project_id, t.id, g.id
FROM task t JOIN organization o ON o.id = t.organization_id
CROSS JOIN generate_series(0, 2) j
JOIN tags g ON g.project_id = t.project_id AND g.k = (t.number + j * 3) % 8
WHERE o.slug = 'bench' AND j <= t.number % 3;
INSERT INTO checklist (organization_id, id, project_id, task_id, title, rank)
SELECT t.organization_id, gen_random_uuid(), t.project_id, t.id, 'Schritte', 'i'
FROM task t JOIN organization o ON o.id = t.organization_id WHERE o.slug = 'bench';
INSERT INTO checklist_item (organization_id, id, project_id, task_id, checklist_id, text, rank, done_at, done_by)
SELECT c.organization_id, gen_random_uuid(), c.project_id, c.task_id, c.id, 'Schritt ' || i, 'i' || i,
       CASE WHEN i <= 2 THEN now() END, CASE WHEN i <= 2 THEN t.assignee_id END
FROM checklist c JOIN task t ON t.organization_id = c.organization_id AND t.id = c.task_id
JOIN organization o ON o.id = c.organization_id CROSS JOIN generate_series(1, 5) i
WHERE o.slug = 'bench';
INSERT INTO comment (organization_id, id, project_id, task_id, author_id, body, created_at)
SELECT t.organization_id, gen_random_uuid(), t.project_id, t.id,
       CASE WHEN i = 1 THEN t.created_by ELSE t.assignee_id END,
       CASE WHEN i = 1 THEN 'Bitte bis zur nächsten **Dezernatsrunde** vorbereiten. Unterlagen liegen im Laufwerk.'
            ELSE 'Erledige ich, Rückfragen an das *Amt für Digitalisierung* sind raus.' END,
       now() - make_interval(hours => 10 - i)
FROM task t JOIN organization o ON o.id = t.organization_id CROSS JOIN generate_series(1, 2) i
WHERE o.slug = 'bench';
INSERT INTO task_watcher (organization_id, project_id, task_id, user_id)
SELECT DISTINCT c.organization_id, c.project_id, c.task_id, c.author_id
FROM comment c JOIN organization o ON o.id = c.organization_id WHERE o.slug = 'bench';

-- Everything else: 100 other organisations, each with 10 projects of 3 sections.
INSERT INTO app_user (id, email, name, password_hash, locale)
SELECT gen_random_uuid(), format('other%s@other.example', i), format('Andere %s', i), ':hash', 'de'
FROM generate_series(1, 100) i;
INSERT INTO organization (id, slug, name)
SELECT gen_random_uuid(), format('other-%s', i), format('Gemeinde %s', i) FROM generate_series(1, 100) i;
INSERT INTO membership (organization_id, user_id, role)
SELECT o.id, u.id, 'admin' FROM organization o
JOIN app_user u ON u.email = format('other%s@other.example', substring(o.slug from 7));
INSERT INTO project (organization_id, id, name, created_by)
SELECT m.organization_id, gen_random_uuid(), 'Projekt ' || i, m.user_id
FROM membership m JOIN organization o ON o.id = m.organization_id CROSS JOIN generate_series(1, 10) i
WHERE o.slug LIKE 'other-%';
INSERT INTO project_member (organization_id, project_id, user_id, role)
SELECT organization_id, id, created_by, 'admin' FROM project p
WHERE EXISTS (SELECT 1 FROM organization o WHERE o.id = p.organization_id AND o.slug LIKE 'other-%');
INSERT INTO section (organization_id, id, project_id, name, rank)
SELECT p.organization_id, gen_random_uuid(), p.id, s.name, s.rank FROM project p
CROSS JOIN (VALUES ('Offen', 'i'), ('In Arbeit', 'r'), ('Erledigt', 'v')) AS s (name, rank)
WHERE EXISTS (SELECT 1 FROM organization o WHERE o.id = p.organization_id AND o.slug LIKE 'other-%');

-- Titles and notes from an authority's vocabulary (20 documents × 20 subjects × 10 actions), so
-- that a search word matches a realistic share of tasks, not all or none.
CREATE TEMPORARY TABLE vocabulary AS SELECT
    ARRAY['Präsentation', 'Antrag', 'Bericht', 'Vorlage', 'Stellungnahme', 'Ausschreibung', 'Förderantrag',
          'Konzept', 'Satzung', 'Protokoll', 'Haushaltsplan', 'Bebauungsplan', 'Beschlussvorlage',
          'Pressemitteilung', 'Vertrag', 'Gutachten', 'Bescheid', 'Einladung', 'Rechnung', 'Dienstanweisung'] AS documents,
    ARRAY['für den Stadtrat', 'zur Radverkehrsstrategie', 'zum Klimaschutzkonzept', 'zur Digitalisierung der Bürgerdienste',
          'zum Breitbandausbau', 'zur Schulsanierung', 'zum Kita-Ausbau', 'zur Wärmeplanung', 'zum Haushalt 2027',
          'zur Bürgerbeteiligung', 'zur Friedhofssatzung', 'zum Feuerwehrbedarfsplan', 'zur Stadtbücherei',
          'zum Wochenmarkt', 'zur Straßenbeleuchtung', 'zum Onlinezugangsgesetz', 'zur E-Akte', 'zum Hochwasserschutz',
          'zur Baumschutzsatzung', 'zum Jugendzentrum'] AS subjects,
    ARRAY['prüfen', 'abstimmen', 'erstellen', 'überarbeiten', 'freigeben', 'versenden', 'vorbereiten', 'einreichen',
          'veröffentlichen', 'besprechen'] AS actions,
    ARRAY['Bauamt', 'Ordnungsamt', 'Kämmerei', 'Hauptamt', 'Jugendamt', 'Umweltamt', 'Personalamt', 'Stadtplanung'] AS offices;

-- "Kreisverwaltung": 60 projects; the 16 benchmark people are members of 50 of them (so they see
-- 51 projects) and each has about 145 open tasks assigned in 29 of them (with the measured
-- board: about 200 across 30 projects, for "Meine Aufgaben"). Each also has a year of work
-- behind them: about 400 tasks completed over the last 400 days, a dozen of them in the last
-- 14 days (shown under "Erledigt"), since a real agenda must stay fast as finished work piles up.
INSERT INTO organization (id, slug, name) VALUES (gen_random_uuid(), 'kreis', 'Kreisverwaltung');
INSERT INTO membership (organization_id, user_id, role)
SELECT o.id, u.id, 'member'
FROM organization o CROSS JOIN app_user u WHERE o.slug = 'kreis' AND u.email LIKE 'bench%@bench.example';
INSERT INTO membership (organization_id, user_id, role)
SELECT o.id, u.id, 'admin' FROM organization o JOIN app_user u ON u.email = 'other1@other.example' WHERE o.slug = 'kreis';
INSERT INTO project (organization_id, id, name, created_by)
SELECT o.id, gen_random_uuid(), 'Kreisprojekt ' || lpad(i::text, 2, '0'), u.id
FROM organization o JOIN app_user u ON u.email = 'other1@other.example' CROSS JOIN generate_series(1, 60) i
WHERE o.slug = 'kreis';
INSERT INTO project_member (organization_id, project_id, user_id, role)
SELECT p.organization_id, p.id, m.user_id, 'member'
FROM project p JOIN organization o ON o.id = p.organization_id
JOIN membership m ON m.organization_id = o.id AND m.role = 'member'
WHERE o.slug = 'kreis' AND p.name <= 'Kreisprojekt 50';
INSERT INTO section (organization_id, id, project_id, name, rank)
SELECT p.organization_id, gen_random_uuid(), p.id, s.name, s.rank
FROM project p JOIN organization o ON o.id = p.organization_id
CROSS JOIN (VALUES ('Offen', 'i'), ('In Arbeit', 'r'), ('Erledigt', 'v')) AS s (name, rank)
WHERE o.slug = 'kreis';
WITH people AS (
    SELECT u.id, row_number() OVER (ORDER BY u.email) - 1 AS k FROM app_user u WHERE u.email LIKE 'bench%@bench.example'
), projects AS (
    SELECT p.organization_id, p.id, p.created_by, row_number() OVER (ORDER BY p.name) AS n
    FROM project p JOIN organization o ON o.id = p.organization_id WHERE o.slug = 'kreis'
)
INSERT INTO task (organization_id, id, project_id, section_id, number, title, notes, rank, created_by,
                  assignee_id, due_date, completed_at)
SELECT p.organization_id, gen_random_uuid(), p.id,
       (SELECT s.id FROM section s WHERE s.organization_id = p.organization_id AND s.project_id = p.id
        ORDER BY s.rank OFFSET j % 3 LIMIT 1),
       (p.n - 1) * 400 + j,
       format('%s %s %s', v.documents[1 + j % 20], v.subjects[1 + (j / 20 + p.n) % 20], v.actions[1 + (j / 7) % 10]),
       format('Mit dem %s abstimmen; Unterlagen %s liegen im Laufwerk. Rückmeldung bis KW %s.',
              v.offices[1 + j % 8], v.subjects[1 + (j * 3) % 20], 1 + j % 52),
       'i' || lpad(j::text, 9, '0') || 'i', p.created_by,
       CASE WHEN p.n <= 29 AND j <= 80 THEN (SELECT id FROM people WHERE k = (j - 1) % 16)
            WHEN j > 80 AND j % 3 = 0 THEN (SELECT id FROM people WHERE k = j % 16) END,
       CASE WHEN p.n <= 29 AND j <= 80 THEN current_date + (j % 30 - 5) END,
       CASE WHEN j > 80 AND j % 3 = 0 THEN now() - make_interval(days => ((j * 7 + p.n) % 400)::int) END
FROM projects p CROSS JOIN generate_series(1, 400) j CROSS JOIN vocabulary v;
INSERT INTO task_sequence (organization_id, last_number)
SELECT id, 60 * 400 FROM organization WHERE slug = 'kreis';

WITH sections AS (
    SELECT s.organization_id, s.project_id, s.id, p.created_by, row_number() OVER (ORDER BY s.id) - 1 AS k
    FROM section s JOIN project p ON p.id = s.project_id AND p.organization_id = s.organization_id
    JOIN organization o ON o.id = s.organization_id WHERE o.slug LIKE 'other-%'
), total AS (SELECT count(*) AS n FROM sections)
INSERT INTO task (organization_id, id, project_id, section_id, number, title, notes, rank, created_by, completed_at)
SELECT s.organization_id, gen_random_uuid(), s.project_id, s.id, g,
       format('%s %s %s', v.documents[1 + g % 20], v.subjects[1 + (g / 20) % 20], v.actions[1 + (g / 400) % 10]),
       format('Mit dem %s abstimmen; Unterlagen %s liegen im Laufwerk. Rückmeldung bis KW %s.',
              v.offices[1 + g % 8], v.subjects[1 + (g * 3) % 20], 1 + g % 52),
       'i' || lpad(g::text, 9, '0') || 'i', s.created_by,
       CASE WHEN g % 3 = 0 THEN now() END
FROM generate_series(1, GREATEST(:tasks - 1000 - 24000, 0)) g
JOIN sections s ON s.k = g % (SELECT n FROM total)
CROSS JOIN vocabulary v;
INSERT INTO task_sequence (organization_id, last_number)
SELECT organization_id, max(number) FROM task
WHERE organization_id IN (SELECT id FROM organization WHERE slug LIKE 'other-%') GROUP BY organization_id;
-- "Meine Aufgaben" in use: each benchmark person has the three default sections, has put every
-- third of their open tasks into one of them, and has pinned five open tasks of colleagues.
INSERT INTO agenda_owner (account_id) SELECT id FROM app_user WHERE email LIKE 'bench%@bench.example';
INSERT INTO agenda_section (account_id, id, name, rank)
SELECT u.id, gen_random_uuid(), s.name, s.rank
FROM app_user u CROSS JOIN (VALUES ('Fokus', 'i'), ('Als Nächstes', 'r'), ('Später', 'v')) AS s (name, rank)
WHERE u.email LIKE 'bench%@bench.example';
INSERT INTO agenda_entry (account_id, organization_id, task_id, section_id, rank)
SELECT t.assignee_id, t.organization_id, t.id, s.id,
       'i' || lpad((row_number() OVER (PARTITION BY t.assignee_id ORDER BY t.number, t.id))::text, 6, '0') || 'i'
FROM task t JOIN app_user u ON u.id = t.assignee_id
JOIN agenda_section s ON s.account_id = t.assignee_id AND s.rank = (ARRAY['i', 'r', 'v'])[1 + t.number / 3 % 3]
WHERE u.email LIKE 'bench%@bench.example' AND t.completed_at IS NULL AND t.number % 3 = 0;
INSERT INTO agenda_entry (account_id, organization_id, task_id, pinned)
SELECT u.id, t.organization_id, t.id, true
FROM app_user u CROSS JOIN task t JOIN organization o ON o.id = t.organization_id
WHERE u.email LIKE 'bench%@bench.example' AND o.slug = 'kreis' AND t.number IN (82, 83, 85, 86, 88);
ANALYZE;
