package de.laufzettel.task;

import java.util.List;
import java.util.UUID;

/** A project's label for tasks, with a colour from a palette chosen for legible contrast. */
public record Tag(UUID id, String name, String colour) {
    public static final int NAME_MAX = 50;
    public static final List<String> COLOURS = List.of("blue", "green", "yellow", "orange", "red", "purple", "grey");
}
