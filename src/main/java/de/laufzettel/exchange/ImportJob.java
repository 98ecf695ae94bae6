package de.laufzettel.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A project import started in the web interface, as its page shows it. A refusal is a message key
 * with its arguments ({@code failedKey}), or for a project archive possibly an English sentence
 * ({@code failedKey} {@code "import.refused.archive"} with the sentence as its one argument).
 */
public record ImportJob(UUID id, int percent, OffsetDateTime finishedAt, UUID projectId,
        String failedKey, List<String> failedArgs, boolean stalled) {

    public boolean running() {
        return finishedAt == null && failedKey == null && !stalled;
    }

    public boolean done() {
        return projectId != null;
    }

    public Object[] failedArguments() {
        return failedArgs == null ? new Object[0] : failedArgs.toArray();
    }
}
