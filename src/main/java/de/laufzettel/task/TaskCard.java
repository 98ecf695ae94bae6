package de.laufzettel.task;

import java.util.List;
import java.util.UUID;

/** A task as its card on the board shows it. */
public record TaskCard(UUID sectionId, long number, String title, boolean completed, String assigneeName, Due due,
        List<Tag> tags, int checklistDone, int checklistTotal, int comments) {

    /** The same card with its tags. */
    public TaskCard withTags(List<Tag> cardTags) {
        return new TaskCard(sectionId, number, title, completed, assigneeName, due, cardTags, checklistDone,
                checklistTotal, comments);
    }

    /** The same card with its checklist progress: {done, total}. */
    public TaskCard withChecklist(int[] progress) {
        return new TaskCard(sectionId, number, title, completed, assigneeName, due, tags, progress[0], progress[1],
                comments);
    }

    /** The same card with its number of comments. */
    public TaskCard withComments(int count) {
        return new TaskCard(sectionId, number, title, completed, assigneeName, due, tags, checklistDone,
                checklistTotal, count);
    }

    /** The assignee's initials for the card's avatar. */
    public String assigneeInitials() {
        return de.laufzettel.web.Initials.of(assigneeName);
    }
}
