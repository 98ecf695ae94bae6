package de.laufzettel.task;

import java.util.List;
import java.util.UUID;

/** A task as its card on the board shows it. */
public record TaskCard(UUID id, UUID sectionId, long number, String title, boolean completed, String assigneeName, Due due,
        List<Tag> tags, int checklistDone, int checklistTotal, int comments, int attachments) {

    /** The assignee's initials for the card's avatar. */
    public String assigneeInitials() {
        return de.laufzettel.web.Initials.of(assigneeName);
    }
}
