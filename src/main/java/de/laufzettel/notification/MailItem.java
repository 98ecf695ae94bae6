package de.laufzettel.notification;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A notification waiting for its e-mail, with what the e-mail says. {@code allowed} is false when
 * the recipient may no longer see the task (deactivated, left the project, task in the trash):
 * then nothing is sent.
 */
record MailItem(UUID organizationId, UUID id, UUID recipientId, NotificationKind kind, Map<String, Object> details,
        OffsetDateTime createdAt, String email, String locale, String actorName, long taskNumber, String taskTitle,
        String orgSlug, UUID projectId, String projectName, String commentBody, boolean allowed) {
}
