package de.laufzettel.task;

import java.util.List;
import java.util.UUID;

/** A named list of steps within a task. */
public record Checklist(UUID id, String title, List<Item> items) {
    public static final int TITLE_MAX = 200;
    public static final int ITEM_MAX = 500;

    /** One step; done when ticked off. */
    public record Item(UUID id, String text, boolean done) {
    }

    public long done() {
        return items.stream().filter(Item::done).count();
    }
}
