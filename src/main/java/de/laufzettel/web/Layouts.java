package de.laufzettel.web;

import de.laufzettel.database.Reads;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds the page frame for pages outside any organisation. Defined here and implemented by the
 * organisation feature, so that features below it (such as accounts) can use the frame without
 * depending on organisations.
 */
public interface Layouts {
    /** The frame for a signed-in account on a page outside any organisation. */
    Layout outsideOrganization(UUID accountId);

    /** The same frame, read together with the page's own reads; available once they have run. */
    Supplier<Layout> outsideOrganization(Reads.Together together, UUID accountId);
}
