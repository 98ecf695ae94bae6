package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import java.util.UUID;

/** Where boards and tasks live in the URL space. */
public final class TaskPaths {
    private TaskPaths() {
    }

    public static String board(CurrentMember me, UUID projectId) {
        return board(me.slug(), projectId);
    }

    public static String board(String orgSlug, UUID projectId) {
        return "/" + orgSlug + "/projects/" + projectId;
    }

    public static String task(CurrentMember me, UUID projectId, long number) {
        return task(me.slug(), projectId, number);
    }

    /** For pages that span organisations (search, agenda, calendar feed). */
    public static String task(String orgSlug, UUID projectId, long number) {
        return board(orgSlug, projectId) + "/tasks/" + number;
    }
}
