package de.laufzettel.activity;

import java.util.UUID;

/** An activity entry together with what it is about. */
public record FeedEntry(String subjectType, UUID subjectId, ActivityEntry entry) {
}
