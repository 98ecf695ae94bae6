package de.laufzettel.account;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions Spring Session's JDBC repository runs in, minus the one around reading a
 * session. That read is a single statement, so it needs no transaction of its own; with one it took
 * a second round trip to the database (the COMMIT) on every request. Writing a session, which
 * touches two tables, keeps its transaction.
 */
final class SessionTransactions implements TransactionOperations {
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionTemplate writes;

    SessionTransactions(TransactionTemplate writes) {
        this.writes = writes;
    }

    /** Runs a lookup of Spring Session's repository without a transaction. */
    static <T> T reading(Supplier<T> lookup) {
        READING.set(Boolean.TRUE);
        try {
            return lookup.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (Boolean.TRUE.equals(READING.get())) {
            return TransactionOperations.withoutTransaction().execute(action);
        }
        return writes.execute(action);
    }
}
