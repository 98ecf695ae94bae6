package de.laufzettel.task;

import java.util.UUID;

/** A task as its card on the board shows it. */
public record TaskCard(UUID sectionId, long number, String title, boolean completed) {
}
