package de.laufzettel.exchange;

import de.laufzettel.database.Ids;
import de.laufzettel.organization.CurrentMember;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports started by an organisation's admin in the web interface. Each runs in the background on
 * the node that took the request, reports its progress in the database (so every node's page shows
 * it) and writes its archive into the data directory, which the nodes share for attachments
 * anyway. Archives can be downloaded by the organisation's admins until they expire
 * ({@code laufzettel.export.keep}, default 24 hours) and are then deleted. An export whose node
 * went away stops reporting; after ten minutes without progress it counts as stalled.
 */
@Component
public class ExportJobs {
    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);
    static final Duration STALLED = Duration.ofMinutes(10);

    private final JdbcClient db;
    private final OrganizationExport export;
    private final Path root;
    private final Duration keep;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    /** Progress is written beside the export's read-only snapshot, in a transaction of its own. */
    private final TransactionTemplate beside;

    ExportJobs(JdbcClient db, OrganizationExport export, @Value("${laufzettel.data-dir}") Path dataDir,
            @Value("${laufzettel.export.keep:24h}") Duration keep, PlatformTransactionManager transactions) {
        this.db = db;
        this.beside = new TransactionTemplate(transactions);
        this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.export = export;
        this.root = dataDir.toAbsolutePath().normalize().resolve("exports");
        this.keep = keep;
    }

    /**
     * Starts an export of the admin's organisation; its progress is on the export page. While one
     * is running for the organisation, no second one starts: each holds database connections and
     * writes a whole archive, and repeated clicks should not multiply that.
     */
    public void start(CurrentMember admin) {
        db.sql("""
                INSERT INTO export_job (organization_id, id, requested_by, steps)
                SELECT :org, :id, :user, :steps
                WHERE NOT EXISTS (SELECT 1 FROM export_job WHERE organization_id = :org AND finished_at IS NULL
                                  AND failed IS NULL AND updated_at > now() - CAST(:stalled AS interval))
                RETURNING id
                """)
                .param("org", admin.organizationId()).param("id", Ids.newId()).param("user", admin.userId())
                .param("steps", OrganizationExport.STEPS).param("stalled", STALLED.toSeconds() + " seconds")
                .query(UUID.class).optional()
                .ifPresent(id -> workers.submit(() -> run(admin.organizationId(), admin.slug(), id)));
    }

    private void run(UUID organizationId, String slug, UUID id) {
        Path target = file(organizationId, id);
        Path partial = target.resolveSibling(id + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(partial)) {
                export.export(slug, out, step -> beside.executeWithoutResult(status -> db.sql("""
                        UPDATE export_job SET step = step + 1, updated_at = now() WHERE organization_id = :org AND id = :id
                        """).param("org", organizationId).param("id", id).update()))
                        .orElseThrow(() -> new IllegalStateException("the organisation is gone"));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            db.sql("""
                    UPDATE export_job SET step = steps, finished_at = now(), updated_at = now(), bytes = :bytes,
                                          expires_at = now() + CAST(:keep AS interval)
                    WHERE organization_id = :org AND id = :id
                    """).param("bytes", Files.size(target)).param("keep", keep.toSeconds() + " seconds")
                    .param("org", organizationId).param("id", id).update();
        } catch (IOException | RuntimeException e) {
            log.warn("Export {} of {} failed: {}", id, slug, e.getMessage());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the cleanup removes it with the job
            }
            db.sql("UPDATE export_job SET failed = :reason, updated_at = now() WHERE organization_id = :org AND id = :id")
                    .param("reason", String.valueOf(e.getMessage())).param("org", organizationId).param("id", id).update();
        }
    }

    /** The organisation's latest exports, newest first. */
    public List<ExportJob> of(CurrentMember admin) {
        return query(admin, "ORDER BY j.created_at DESC LIMIT 10", Map.of());
    }

    private List<ExportJob> query(CurrentMember admin, String rest, Map<String, Object> params) {
        return db.sql("""
                SELECT j.id, u.name AS requested_by, j.created_at, j.step, j.steps, j.finished_at, j.failed, j.bytes, j.expires_at,
                       (j.finished_at IS NULL AND j.failed IS NULL AND j.updated_at < now() - CAST(:stalled AS interval)) AS stalled
                FROM export_job j JOIN app_user u ON u.id = j.requested_by
                WHERE j.organization_id = :org\s""" + rest)
                .param("org", admin.organizationId()).param("stalled", STALLED.toSeconds() + " seconds").params(params)
                .query(ExportJob.class).list();
    }

    /** The archive of a finished, unexpired export of the admin's organisation. */
    public Optional<Path> archive(CurrentMember admin, UUID id) {
        return query(admin, "AND j.id = :id", Map.of("id", id)).stream().filter(ExportJob::downloadable).findFirst()
                .map(job -> file(admin.organizationId(), id)).filter(Files::isRegularFile);
    }

    private Path file(UUID organizationId, UUID id) {
        return root.resolve(organizationId.toString()).resolve(id + ".zip");
    }

    /** Deletes expired archives and jobs older than a week. Safe on every node. */
    void cleanUp() {
        List<UUID[]> expired = db.sql("""
                SELECT organization_id, id FROM export_job
                WHERE expires_at < now() OR (finished_at IS NULL AND updated_at < now() - interval '1 day')
                """).query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        for (UUID[] job : expired) {
            try {
                Files.deleteIfExists(file(job[0], job[1]));
                Files.deleteIfExists(file(job[0], job[1]).resolveSibling(job[1] + ".part"));
            } catch (IOException e) {
                log.warn("Could not delete the expired export {}: {}", job[1], e.getMessage());
            }
        }
        db.sql("DELETE FROM export_job WHERE created_at < now() - interval '7 days'").update();
    }
}
