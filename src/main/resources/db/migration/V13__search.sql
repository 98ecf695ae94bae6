-- Search: German full text over task titles and notes, comments and checklist items (stems, so
-- "Präsentationen" finds "Präsentation"), and trigrams over titles for typing errors
-- ("Prasentation"). pg_trgm ships with PostgreSQL and is a trusted extension: the database's
-- owner may create it (docs/operations.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE task ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', notes), 'B')) STORED;
CREATE INDEX task_search_idx ON task USING gin (search_vector);
CREATE INDEX task_title_trgm_idx ON task USING gin (title gin_trgm_ops);

ALTER TABLE comment ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', body)) STORED;
CREATE INDEX comment_search_idx ON comment USING gin (search_vector);

ALTER TABLE checklist_item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('german', text)) STORED;
CREATE INDEX checklist_item_search_idx ON checklist_item USING gin (search_vector);
