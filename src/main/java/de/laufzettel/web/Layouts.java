package de.laufzettel.web;

import java.util.UUID;

/**
 * Builds the page frame for pages outside any organisation. Defined here and implemented by the
 * organisation feature, so that features below it (such as accounts) can use the frame without
 * depending on organisations.
 */
public interface Layouts {
    /** The frame for a signed-in account on a page outside any organisation. */
    Layout outsideOrganization(UUID accountId);
}
