package de.laufzettel.organization;

import java.util.UUID;

/** A municipality or other body using Laufzettel; all its data is kept apart from the others'. */
public record Organization(UUID id, String slug, String name) {
}
