package de.laufzettel.task;

import java.util.List;
import java.util.UUID;

/** A task as its card on the board shows it. */
public record TaskCard(UUID sectionId, long number, String title, boolean completed, String assigneeName, Due due,
        List<Tag> tags, int checklistDone, int checklistTotal, int comments, int attachments) {

    /** The same card with its tags. */
    public TaskCard withTags(List<Tag> cardTags) {
        return new TaskCard(sectionId, number, title, completed, assigneeName, due, cardTags, checklistDone,
                checklistTotal, comments, attachments);
    }

    /** The same card with its checklist progress: {done, total}. */
    public TaskCard withChecklist(int[] progress) {
        return new TaskCard(sectionId, number, title, completed, assigneeName, due, tags, progress[0], progress[1],
                comments, attachments);
    }

    /** The same card with its numbers of comments and attachments. */
    public TaskCard withCounts(int commentCount, int attachmentCount) {
        return new TaskCard(sectionId, number, title, completed, assigneeName, due, tags, checklistDone,
                checklistTotal, commentCount, attachmentCount);
    }

    /** The assignee's initials for the card's avatar. */
    public String assigneeInitials() {
        return de.laufzettel.web.Initials.of(assigneeName);
    }
}
