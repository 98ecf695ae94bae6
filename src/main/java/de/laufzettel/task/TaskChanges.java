package de.laufzettel.task;

import java.util.UUID;

/** What the task dialog's form changes at once: title, notes, assignee and due date. */
public record TaskChanges(String title, String notes, UUID assigneeId, Due due) {
}
