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

    /**
     * Where to go after changing a task from elsewhere: back to "Meine Aufgaben" when that is where
     * the person came from ({@code back=agenda}, the only other way back accepted), else the task.
     */
    public static String back(String back, CurrentMember me, UUID projectId, long number) {
        return "agenda".equals(back) ? "/agenda" : task(me, projectId, number);
    }
}
