package de.laufzettel.web;

/**
 * The unread count the bell in the page frame shows. Defined here and implemented by the
 * notification feature, so that the frame (built by the organisation feature) can show it
 * without depending on notifications, which depend on organisations.
 */
public interface Inbox {
    /** How many unread notifications the account has (capped; see the implementation). */
    de.laufzettel.database.Read<Integer> readUnread(java.util.UUID accountId);
}
