package de.laufzettel.board;

import java.util.UUID;

/** A column of a project's board. */
public record Section(UUID id, String name, String rank) {
    /** The longest name a section may have. */
    public static final int NAME_MAX = 200;
}
