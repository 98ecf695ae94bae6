-- "Meine Aufgaben": each person's own sections, independent of the projects' sections, and where
-- they put each task (no row, or no section: the inbox). Pins bring tasks that are not one's own.
-- Whoever has opened their agenda once: their default sections exist (or were deleted on purpose).
CREATE TABLE agenda_owner (
    account_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE agenda_section (
    account_id uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    id         uuid        NOT NULL,
    name       text        NOT NULL,
    rank       text        COLLATE "C" NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX agenda_section_name_idx ON agenda_section (account_id, lower(name));

CREATE TABLE agenda_entry (
    account_id      uuid    NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organization_id uuid    NOT NULL,
    task_id         uuid    NOT NULL,
    section_id      uuid,
    rank            text    COLLATE "C" NOT NULL DEFAULT 'i',
    pinned          boolean NOT NULL DEFAULT false,
    PRIMARY KEY (account_id, organization_id, task_id),
    FOREIGN KEY (account_id, section_id) REFERENCES agenda_section (account_id, id) ON DELETE SET NULL (section_id),
    FOREIGN KEY (organization_id, task_id) REFERENCES task (organization_id, id) ON DELETE CASCADE
);
CREATE INDEX agenda_entry_pinned_idx ON agenda_entry (account_id) WHERE pinned;
