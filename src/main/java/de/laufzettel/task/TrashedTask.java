package de.laufzettel.task;

import java.time.OffsetDateTime;

/** A task in the project's trash. */
public record TrashedTask(long number, String title, OffsetDateTime trashedAt) {
}
