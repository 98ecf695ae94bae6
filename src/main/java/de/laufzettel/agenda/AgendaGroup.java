package de.laufzettel.agenda;

import java.util.List;

/** A heading on "Meine Aufgaben" with its tasks; {@code section} is set for the person's own sections. */
public record AgendaGroup(String key, String title, AgendaSection section, List<AgendaTask> tasks) {
}
