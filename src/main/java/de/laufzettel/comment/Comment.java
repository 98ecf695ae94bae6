package de.laufzettel.comment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A comment on a task, in Markdown. */
public record Comment(UUID id, UUID authorId, String authorName, String body, OffsetDateTime createdAt,
        OffsetDateTime editedAt) {
    public static final int BODY_MAX = 20_000;
}
