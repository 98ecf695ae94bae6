package de.laufzettel.agenda;

import java.util.UUID;

/** One of a person's own sections on "Meine Aufgaben". */
public record AgendaSection(UUID id, String name) {
    public static final int NAME_MAX = 200;
}
