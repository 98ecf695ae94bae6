package de.laufzettel.task;

import java.util.UUID;

/** What the task dialog's form changes at once. */
record TaskChanges(String title, String notes, UUID assigneeId, Due due) {
}
