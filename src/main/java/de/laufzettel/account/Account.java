package de.laufzettel.account;

import java.util.UUID;

/** A person who can sign in to Laufzettel, whatever organisations they belong to. */
public record Account(UUID id, String email, String name, String locale) {
}
