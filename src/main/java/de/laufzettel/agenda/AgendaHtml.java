package de.laufzettel.agenda;

import de.laufzettel.web.BoundedCache;
import de.laufzettel.web.Fragments;
import gg.jte.Content;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Task rows on "Meine Aufgaben", kept once rendered (see {@link Fragments}); 200 rows a page.
 * What the rows of a page share is worked out once for the page ({@link #page}).
 */
public final class AgendaHtml {
    /**
     * One list object for each set of sections in use: a row's key then finds its sections equal
     * by identity instead of comparing every section of every row with the kept key's.
     */
    private static final BoundedCache<List<AgendaSection>, List<AgendaSection>> SECTIONS = new BoundedCache<>(10_000);

    private final List<AgendaSection> sections;
    private final boolean movable;
    private final Locale locale;
    private final Fragments.Token token;

    private AgendaHtml(List<AgendaSection> sections, boolean movable, Locale locale, Fragments.Token token) {
        this.sections = sections;
        this.movable = movable;
        this.locale = locale;
        this.token = token;
    }

    /** The rows of one page: the person's sections, whether rows can move, the request's CSRF token. */
    public static AgendaHtml page(List<AgendaSection> sections, boolean movable, String csrf) {
        List<AgendaSection> shared = SECTIONS.get(List.copyOf(sections), copy -> copy);
        return new AgendaHtml(shared, movable, LocaleContextHolder.getLocale(), Fragments.Token.of(csrf));
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

    public Content row(AgendaTask task) {
        Key key = new Key(task, sections, movable, locale, task.due() != null && task.due().overdue());
        return Fragments.cachedWithToken(key, "agenda/task.jte",
                () -> Map.of("task", task, "sections", sections, "movable", movable), token);
    }
}
