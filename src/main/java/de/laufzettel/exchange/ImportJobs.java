package de.laufzettel.exchange;

import de.laufzettel.database.Ids;
import de.laufzettel.organization.CurrentMember;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Project imports started in the web interface. The import itself is one transaction; it runs in
 * the background on the node that took the request and writes its progress beside it, in a
 * transaction of its own, so that the page (which polls, on whichever node) shows a progress bar
 * and then the new project or why the file was refused. An import whose node went away stops
 * reporting; after ten minutes without progress it counts as stalled, and its transaction, ended
 * with the node's connection, wrote nothing.
 */
@Component
public class ImportJobs {
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** Where a project archive's import has got to, in percent, by the step it reports. */
    private static final Map<String, Integer> ARCHIVE_STEPS = Map.of("checking", 5, "attachments", 20, "data", 50);

    private final JdbcClient db;
    private final BoardImport boards;
    private final ProjectImport projects;
    private final TransactionTemplate beside;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final JsonMapper json;
    private final ImportUploads uploads;

    ImportJobs(JdbcClient db, BoardImport boards, ProjectImport projects, PlatformTransactionManager transactions,
            JsonMapper json, ImportUploads uploads) {
        this.db = db;
        this.uploads = uploads;
        this.json = json;
        this.boards = boards;
        this.projects = projects;
        this.beside = new TransactionTemplate(transactions);
        this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts importing the uploaded file, which the job takes over (a second click finds it gone)
     * and deletes when it ends; returns the job's ID. Empty while the member has an import
     * running: each holds a database connection for its transaction and another for its progress,
     * and a member's repeated clicks should not multiply that.
     */
    Optional<UUID> start(CurrentMember me, UUID token, String format, Map<String, String> mapping) throws IOException {
        UUID id = Ids.newId();
        boolean started = db.sql("""
                INSERT INTO import_job (organization_id, id, requested_by, format)
                SELECT :org, :id, :user, :format
                WHERE NOT EXISTS (SELECT 1 FROM import_job WHERE organization_id = :org AND requested_by = :user
                                  AND finished_at IS NULL AND failed_key IS NULL
                                  AND updated_at > now() - CAST(:stalled AS interval))
                """).param("org", me.organizationId()).param("id", id).param("user", me.userId()).param("format", format)
                .param("stalled", ExportJobs.STALLED.toSeconds() + " seconds").update() == 1;
        if (!started) {
            return Optional.empty();
        }
        Optional<Path> upload = uploads.claim(me, token, id);
        if (upload.isEmpty()) {
            db.sql("DELETE FROM import_job WHERE organization_id = :org AND id = :id")
                    .param("org", me.organizationId()).param("id", id).update();
            throw new de.laufzettel.web.NotFoundException();
        }
        workers.submit(() -> run(me, id, upload.get(), format, mapping));
        return Optional.of(id);
    }

    private void run(CurrentMember me, UUID id, Path upload, String format, Map<String, String> mapping) {
        try {
            UUID project = format.equals(ProjectImport.FORMAT)
                    ? projects.importInto(me.slug(), upload, me.userId(),
                            step -> report(me, id, ARCHIVE_STEPS.getOrDefault(step, 0))).projectId()
                    : boards.importInto(me.slug(), upload, format, mapping, me.userId(),
                            percent -> report(me, id, percent)).projectId();
            db.sql("""
                    UPDATE import_job SET percent = 100, finished_at = now(), updated_at = now(), project_id = :project
                    WHERE organization_id = :org AND id = :id
                    """).param("project", project).param("org", me.organizationId()).param("id", id).update();
        } catch (ImportRefused refused) {
            ImportRefused.Reason reason = refused.reason() != null ? refused.reason()
                    : ImportRefused.Reason.of("import.refused.archive", refused.getMessage());
            fail(me, id, reason.key(), reason.args().stream().map(String::valueOf).toList());
        } catch (RuntimeException e) {
            log.warn("Import {} into {} failed", id, me.slug(), e);
            fail(me, id, "import.failed", List.of());
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                log.warn("Could not delete the upload {}: {}", upload, e.getMessage());
            }
        }
    }

    private void report(CurrentMember me, UUID id, int percent) {
        beside.executeWithoutResult(status -> db.sql("""
                UPDATE import_job SET percent = greatest(percent, :percent), updated_at = now()
                WHERE organization_id = :org AND id = :id
                """).param("percent", percent).param("org", me.organizationId()).param("id", id).update());
    }

    private void fail(CurrentMember me, UUID id, String key, List<String> args) {
        db.sql("""
                UPDATE import_job SET failed_key = :key, failed_args = CAST(:args AS jsonb), updated_at = now()
                WHERE organization_id = :org AND id = :id
                """).param("key", key).param("args", json.writeValueAsString(args)).param("org", me.organizationId()).param("id", id).update();
    }

    /** One of the member's own imports in their organisation. */
    Optional<ImportJob> of(CurrentMember me, UUID id) {
        return db.sql("""
                SELECT id, percent, finished_at, project_id, failed_key, failed_args,
                       (finished_at IS NULL AND failed_key IS NULL AND updated_at < now() - CAST(:stalled AS interval)) AS stalled
                FROM import_job WHERE organization_id = :org AND id = :id AND requested_by = :user
                """).param("stalled", ExportJobs.STALLED.toSeconds() + " seconds").param("org", me.organizationId())
                .param("id", id).param("user", me.userId())
                .query((rs, row) -> new ImportJob(rs.getObject("id", UUID.class), rs.getInt("percent"), rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getObject("project_id", UUID.class), rs.getString("failed_key"), strings(rs.getString("failed_args")),
                        rs.getBoolean("stalled")))
                .optional();
    }

    private List<String> strings(String args) {
        return args == null ? List.of() : Arrays.asList(json.readValue(args, String[].class));
    }

    /** Deletes the records of imports older than a week. Safe on every node. */
    void cleanUp() {
        db.sql("DELETE FROM import_job WHERE created_at < now() - interval '7 days'").update();
    }
}
