package de.laufzettel.live;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node that a board changed. PostgreSQL delivers a NOTIFY only when the transaction
 * that sent it commits, so listeners never hear of a change that was rolled back, and every node
 * sharing the database hears it.
 */
@Component
public class BoardSignal {
    static final String CHANNEL = "laufzettel_board";

    private final JdbcClient db;

    BoardSignal(JdbcClient db) {
        this.db = db;
    }

    /** Signals, on commit of the current transaction, that the project's board changed. */
    public void changed(UUID organizationId, UUID projectId) {
        db.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL).param("payload", organizationId + "/" + projectId)
                .query(Object.class).optional();
    }
}
