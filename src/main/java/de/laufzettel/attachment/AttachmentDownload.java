package de.laufzettel.attachment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import de.laufzettel.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an attachment leaves Laufzettel, in the web interface and the API alike: always as an
 * "attachment" with nosniff; only common image types keep their type, so a picture can appear in
 * notes, and nothing uploaded can run as a page of ours.
 */
public final class AttachmentDownload {
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private AttachmentDownload() {
    }

    public static ResponseEntity<Resource> of(FileStore files, UUID organizationId, Attachment attachment) {
        Path path = files.path(organizationId, attachment.id());
        if (!Files.isRegularFile(path)) {
            throw new NotFoundException();
        }
        MediaType type = IMAGE_TYPES.contains(attachment.contentType())
                ? MediaType.parseMediaType(attachment.contentType()) : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(attachment.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=0")
                .body(new FileSystemResource(path));
    }

    /** The uploaded name without any directory part or control characters, at most 255 characters. */
    public static String displayName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? de.laufzettel.web.View.t("attachment.unnamed") : name;
    }
}
