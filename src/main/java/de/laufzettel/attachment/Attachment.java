package de.laufzettel.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file attached to a task. */
public record Attachment(UUID id, String fileName, String contentType, long sizeBytes, String uploadedByName,
        OffsetDateTime createdAt) {

    /** The size for people: "340 KB", "2,4 MB". */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return (sizeBytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.GERMANY, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
