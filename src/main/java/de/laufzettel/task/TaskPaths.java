package de.laufzettel.task;

import de.laufzettel.organization.CurrentMember;
import java.util.UUID;

/** Where boards and tasks live in the URL space. */
public final class TaskPaths {
    private TaskPaths() {
    }

    public static String board(CurrentMember me, UUID projectId) {
        return "/" + me.slug() + "/projects/" + projectId;
    }

    public static String task(CurrentMember me, UUID projectId, long number) {
        return board(me, projectId) + "/tasks/" + number;
    }
}
