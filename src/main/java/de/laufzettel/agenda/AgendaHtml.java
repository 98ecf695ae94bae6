package de.laufzettel.agenda;

import de.laufzettel.web.Fragments;
import gg.jte.Content;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/** A task's row on "Meine Aufgaben", kept once rendered (see {@link Fragments}); 200 rows a page. */
public final class AgendaHtml {
    private AgendaHtml() {
    }

    /** Everything agenda/task.jte shows: the task, the person's sections, the language, overdue now. */
    private record Key(AgendaTask task, List<AgendaSection> sections, boolean movable, Locale locale, boolean overdue) {
        /** From a few cheap fields: hashing every field of 200 rows cost a tenth of the page. */
        @Override
        public int hashCode() {
            return task.taskId().hashCode() * 31 + (task.sectionId() == null ? 0 : task.sectionId().hashCode())
                    + (overdue ? 1 : 0) + (movable ? 2 : 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && overdue == key.overdue && movable == key.movable
                    && task.equals(key.task) && sections.equals(key.sections) && locale.equals(key.locale);
        }
    }

    public static Content of(AgendaTask task, List<AgendaSection> sections, boolean movable, String csrf) {
        Key key = new Key(task, sections, movable, LocaleContextHolder.getLocale(),
                task.due() != null && task.due().overdue());
        return Fragments.cachedWithToken(key, "agenda/task.jte",
                Map.of("task", task, "sections", sections, "movable", movable), csrf);
    }
}
