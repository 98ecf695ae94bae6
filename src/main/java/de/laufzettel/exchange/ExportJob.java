package de.laufzettel.exchange;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An export started in the web interface, as its page shows it. */
public record ExportJob(UUID id, String requestedBy, OffsetDateTime createdAt, int step, int steps,
        OffsetDateTime finishedAt, String failed, Long bytes, OffsetDateTime expiresAt, boolean stalled) {

    public boolean running() {
        return finishedAt == null && failed == null && !stalled;
    }

    public boolean downloadable() {
        return finishedAt != null && failed == null && expiresAt != null && expiresAt.isAfter(OffsetDateTime.now());
    }

    /** Percent done, for the progress bar's text. */
    public int percent() {
        return steps == 0 ? 0 : Math.min(100, step * 100 / steps);
    }
}
