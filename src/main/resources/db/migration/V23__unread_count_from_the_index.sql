-- The bell's unread count (every page) reads at most a hundred unread notifications and checks
-- access for each. With only the recipient in the index, PostgreSQL first collected every unread
-- notification of the person into a bitmap: 3.6 ms for someone with 20,000 unread. With the
-- columns the access check needs in the index, it reads the first hundred and stops (0.7 ms).
-- The new index serves everything the old one did.
CREATE INDEX notification_unread_access_idx ON notification (recipient_id, organization_id, project_id, task_id)
    WHERE read_at IS NULL;
DROP INDEX notification_unread_idx;
