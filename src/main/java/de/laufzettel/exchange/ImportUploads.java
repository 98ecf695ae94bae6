package de.laufzettel.exchange;

import de.laufzettel.organization.CurrentMember;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files uploaded for a project import, waiting between preview and import in
 * {@code <data dir>/imports}. Each is named by organisation, member and a random ID, so only the
 * member who uploaded it can preview or import it; {@link ExchangeJobs} deletes those left over.
 */
@Component
class ImportUploads {
    static final Duration KEEP = Duration.ofHours(1);

    private final Path root;

    ImportUploads(@Value("${laufzettel.data-dir}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("imports");
    }

    Path of(CurrentMember me, UUID token) {
        return root.resolve(me.organizationId() + "-" + me.userId() + "-" + token + ".upload");
    }

    /** Stores an upload under a new random ID, which it returns. */
    UUID store(CurrentMember me, InputStream content) throws IOException {
        UUID token = UUID.randomUUID();
        Files.createDirectories(root);
        Files.copy(content, of(me, token));
        return token;
    }

    /** Deletes uploads older than {@link #KEEP}: previewed, never imported. */
    void deleteStale() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant before = Instant.now().minus(KEEP);
        try (var files = Files.list(root)) {
            for (Path upload : files.toList()) {
                if (Files.getLastModifiedTime(upload).toInstant().isBefore(before)) {
                    Files.deleteIfExists(upload);
                }
            }
        }
    }
}
