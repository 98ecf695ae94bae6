package de.laufzettel.exchange;

import de.laufzettel.organization.CurrentMember;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
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
    /** Where uploads wait while their import runs. */
    private static final String RUNNING = "running";

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

    /**
     * Hands the member's upload over to an import job: it moves (atomically, so only one of two
     * clicks gets it) to where the clean-up leaves it alone. Empty when it is gone.
     */
    Optional<Path> claim(CurrentMember me, UUID token, UUID job) throws IOException {
        Path claimed = root.resolve(RUNNING).resolve(job + ".upload");
        Files.createDirectories(claimed.getParent());
        try {
            return Optional.of(Files.move(of(me, token), claimed, StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    /**
     * Deletes uploads older than {@link #KEEP} (previewed, never imported) and those of imports
     * whose node went away (a day old: a running import deletes its own when it ends).
     */
    void deleteStale() throws IOException {
        deleteOlder(root, Instant.now().minus(KEEP));
        deleteOlder(root.resolve(RUNNING), Instant.now().minus(Duration.ofDays(1)));
    }

    private static void deleteOlder(Path directory, Instant before) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path upload : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(upload).toInstant().isBefore(before)) {
                    Files.deleteIfExists(upload);
                }
            }
        }
    }
}
