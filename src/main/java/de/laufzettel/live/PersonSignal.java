package de.laufzettel.live;

/**
 * Tells every node that something changed for one person (a new notification), so that the bell
 * in each of their open pages updates. Sent with {@code pg_notify(CHANNEL, accountId)}, which
 * PostgreSQL delivers only on commit, like {@link BoardSignal}.
 */
public final class PersonSignal {
    /** The NOTIFY channel; the payload is the account's ID. */
    public static final String CHANNEL = "laufzettel_person";

    private PersonSignal() {
    }
}
