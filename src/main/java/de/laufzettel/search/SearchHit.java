package de.laufzettel.search;

import java.util.UUID;

/**
 * A task that matches a search. {@code snippet} is plain text in which the matching words are
 * enclosed in {@link #MARK_START} and {@link #MARK_END}; the template escapes the text and turns
 * only those markers into {@code <mark>}.
 */
public record SearchHit(String orgSlug, String orgName, UUID projectId, String projectName, long number, String title,
        boolean completed, String snippet) {
    public static final char MARK_START = '\u0001';
    public static final char MARK_END = '\u0002';

    public String path() {
        return de.laufzettel.task.TaskPaths.task(orgSlug, projectId, number);
    }
}
