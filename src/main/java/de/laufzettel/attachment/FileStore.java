package de.laufzettel.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes on disk: {@code <data dir>/attachments/<organisation>/<attachment ID>}. Paths
 * are built from IDs only, never from anything a user typed, so no name can reach outside.
 */
@Component
public class FileStore {
    private final Path root;

    FileStore(@Value("${laufzettel.data-dir}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("attachments");
    }

    /** Where an attachment's bytes are kept (also for export and import). */
    public Path path(UUID organizationId, UUID id) {
        return directory(organizationId).resolve(id.toString());
    }

    /** Where every organisation's directory is (and imports stage their files beside them). */
    public Path root() {
        return root;
    }

    /** The directory of an organisation's attachments. */
    public Path directory(UUID organizationId) {
        return root.resolve(organizationId.toString());
    }

    /** Writes the stream to a temporary file first, so a half-written file never carries the final name. */
    long write(UUID organizationId, UUID id, InputStream content) throws IOException {
        Path target = path(organizationId, id);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(id + ".part");
        long size = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return size;
    }

    public void delete(UUID organizationId, UUID id) {
        try {
            Files.deleteIfExists(path(organizationId, id));
        } catch (IOException e) {
            // A file left behind is only wasted space; the database no longer knows it.
        }
    }
}
