package de.laufzettel.board;

import de.laufzettel.task.TaskCard;
import java.util.List;

/** A section with its open cards, as the board shows it. */
public record Column(Section section, List<TaskCard> cards) {
}
