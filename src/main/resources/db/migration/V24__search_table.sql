-- Search reads a narrow table of its own: for each task what a search finds, filters and orders
-- by, and nothing else. A common word matches thousands of tasks in a large organisation, and
-- each match had been a visit to a task row of about 430 bytes (title, notes, card figures …), one
-- page of the task table each: "Bauamt" read 1,689 pages for 3,000 matches. Here about 25 rows
-- share a page, and the 16 benchmark queries took a fifth less time (docs/decisions.md, "Search").
-- The columns keep the task table's names, so the search's filters read the same either way.
CREATE TABLE task_search (
    organization_id uuid        NOT NULL,
    id              uuid        NOT NULL,
    project_id      uuid        NOT NULL,
    number          bigint      NOT NULL,
    assignee_id     uuid,
    due_date        date,
    completed_at    timestamptz,
    trashed_at      timestamptz,
    search_vector   tsvector    NOT NULL,
    PRIMARY KEY (organization_id, id),
    FOREIGN KEY (organization_id, id) REFERENCES task (organization_id, id) ON DELETE CASCADE
);

-- Titles weigh more than notes, as before.
CREATE FUNCTION task_search_vector(title text, notes text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', notes), 'B');

INSERT INTO task_search (organization_id, id, project_id, number, assignee_id, due_date, completed_at, trashed_at, search_vector)
SELECT organization_id, id, project_id, number, assignee_id, due_date, completed_at, trashed_at, search_vector FROM task;

CREATE INDEX task_search_org_idx ON task_search USING gin (organization_id, search_vector);

DROP INDEX task_org_search_idx;
ALTER TABLE task DROP COLUMN search_vector;

-- Kept in step in the same transaction as every change to a task, whoever makes it (the web,
-- the API, an import). New tasks in one statement per statement: an import or a large COPY
-- writes its search rows in one go rather than one by one.
CREATE FUNCTION task_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO task_search (organization_id, id, project_id, number, assignee_id, due_date, completed_at, trashed_at, search_vector)
    SELECT n.organization_id, n.id, n.project_id, n.number, n.assignee_id, n.due_date, n.completed_at, n.trashed_at,
           task_search_vector(n.title, n.notes)
    FROM inserted n;
    RETURN NULL;
END $$;
CREATE TRIGGER task_search_insert AFTER INSERT ON task REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION task_search_insert();

-- A change to anything else (a move, a new rank, the card figures) leaves the search row alone;
-- the words are worked out again only when the title or the notes changed.
CREATE FUNCTION task_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE task_search SET project_id = NEW.project_id, number = NEW.number, assignee_id = NEW.assignee_id,
        due_date = NEW.due_date, completed_at = NEW.completed_at, trashed_at = NEW.trashed_at,
        search_vector = CASE WHEN NEW.title IS DISTINCT FROM OLD.title OR NEW.notes IS DISTINCT FROM OLD.notes
                             THEN task_search_vector(NEW.title, NEW.notes) ELSE search_vector END
    WHERE organization_id = NEW.organization_id AND id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER task_search_update
    AFTER UPDATE OF project_id, number, assignee_id, due_date, completed_at, trashed_at, title, notes ON task
    FOR EACH ROW
    WHEN (OLD.project_id IS DISTINCT FROM NEW.project_id OR OLD.number IS DISTINCT FROM NEW.number
          OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.due_date IS DISTINCT FROM NEW.due_date
          OR OLD.completed_at IS DISTINCT FROM NEW.completed_at OR OLD.trashed_at IS DISTINCT FROM NEW.trashed_at
          OR OLD.title IS DISTINCT FROM NEW.title OR OLD.notes IS DISTINCT FROM NEW.notes)
    EXECUTE FUNCTION task_search_update();
