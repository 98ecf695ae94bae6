package de.laufzettel.task;

import de.laufzettel.web.Fragments;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import gg.jte.Content;
import java.util.Map;

/** A card's HTML on the board, kept once rendered (see {@link Fragments}). */
public final class CardHtml {
    private CardHtml() {
    }

    /**
     * Everything task/card.jte shows: the card itself, the board's address, the reader's language
     * (texts, date format) and whether the card is overdue now.
     */
    private record Key(TaskCard card, String boardPath, Locale locale, boolean overdue) {
        /** From a few cheap fields: hashing every field of a thousand cards cost more than it saved. */
        @Override
        public int hashCode() {
            return (card.id().hashCode() * 31 + Long.hashCode(card.number())) * 31 + card.comments() * 7
                    + card.checklistDone() + (overdue ? 1 : 0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && overdue == key.overdue && card.equals(key.card)
                    && boardPath.equals(key.boardPath) && locale.equals(key.locale);
        }
    }

    public static Content of(TaskCard card, String boardPath) {
        Key key = new Key(card, boardPath, LocaleContextHolder.getLocale(), card.due() != null && card.due().overdue());
        return Fragments.cached(key, "task/card.jte", Map.of("card", card, "boardPath", boardPath));
    }
}
