package de.laufzettel.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An address a project's events are sent to, as its admins see it (the secret is never part of it). */
public record Webhook(UUID id, String url, List<String> events, boolean active, OffsetDateTime createdAt) {
}
