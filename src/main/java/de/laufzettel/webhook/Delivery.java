package de.laufzettel.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on its way to one webhook, as the delivery log shows it. */
public record Delivery(UUID id, UUID eventId, String event, String state, int attempts, OffsetDateTime createdAt,
        OffsetDateTime lastAttemptAt, Integer lastStatusCode, Integer lastDurationMs, String lastError,
        OffsetDateTime nextAttemptAt) {

    public boolean pending() {
        return "pending".equals(state);
    }
}
