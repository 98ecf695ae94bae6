package de.laufzettel.api;

import java.util.List;

/** A whole list as the API answers it: an object with {@code items}, so fields can be added later. */
record Listing<T>(List<T> items) {
}
