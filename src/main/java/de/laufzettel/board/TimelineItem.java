package de.laufzettel.board;

import de.laufzettel.activity.ActivityEntry;
import de.laufzettel.comment.Comment;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of a task's timeline: a comment or a change, in the order they happened. */
public record TimelineItem(Comment comment, ActivityEntry change, OffsetDateTime at) {

    /** Comments and changes together, oldest first; a comment's own "commented" entry is left out. */
    public static List<TimelineItem> of(List<Comment> comments, List<ActivityEntry> history) {
        List<TimelineItem> items = new ArrayList<>();
        comments.forEach(c -> items.add(new TimelineItem(c, null, c.createdAt())));
        history.stream().filter(h -> !h.action().equals("commented"))
                .forEach(h -> items.add(new TimelineItem(null, h, h.at())));
        items.sort(Comparator.comparing(TimelineItem::at));
        return items;
    }
}
