package de.laufzettel.attachment;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Read;
import de.laufzettel.live.BoardSignal;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.ProjectAccess;
import de.laufzettel.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The attachments of tasks, as the database knows them. */
@Service
public class Attachments {
    private final JdbcClient db;
    private final ActivityLog activity;
    private final BoardSignal signal;
    private final FileStore files;

    Attachments(JdbcClient db, ActivityLog activity, BoardSignal signal, FileStore files) {
        this.db = db;
        this.activity = activity;
        this.signal = signal;
        this.files = files;
    }

    /**
     * Stores a file and attaches it to the task. The bytes are written first; if recording them
     * fails, the file is removed again, so no orphan stays behind.
     */
    public UUID attach(CurrentMember me, Task task, String fileName, String contentType, java.io.InputStream content)
            throws java.io.IOException {
        UUID fileId = de.laufzettel.database.Ids.newId();
        long size = files.write(me.organizationId(), fileId, content);
        try {
            record(me, task, fileId, fileName, contentType == null ? "application/octet-stream" : contentType, size);
        } catch (RuntimeException e) {
            files.delete(me.organizationId(), fileId);
            throw e;
        }
        return fileId;
    }

    /** A task's attachments, newest first. */
    public List<Attachment> of(CurrentMember me, Task task) {
        return readOf(me, task).on(db);
    }

    public Read<List<Attachment>> readOf(CurrentMember me, Task task) {
        return Read.list("""
                SELECT a.id, a.file_name, a.content_type, a.size_bytes, u.name AS uploaded_by_name, a.created_at
                FROM attachment a JOIN app_user u ON u.id = a.uploaded_by
                WHERE a.organization_id = :org AND a.task_id = :task AND
                """ + ProjectAccess.visible(":project") + " ORDER BY a.created_at DESC, a.id",
                Map.of("org", me.organizationId(), "task", task.id(), "project", task.projectId(), "user", me.userId()),
                Attachment.class);
    }

    public Optional<Attachment> find(CurrentMember me, Task task, UUID id) {
        return of(me, task).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Transactional
    void record(CurrentMember me, Task task, UUID id, String fileName, String contentType, long size) {
        db.sql("""
                INSERT INTO attachment (organization_id, id, project_id, task_id, file_name, content_type, size_bytes, uploaded_by)
                VALUES (:org, :id, :project, :task, :name, :type, :size, :user)
                """)
                .param("org", me.organizationId()).param("id", id).param("project", task.projectId())
                .param("task", task.id()).param("name", fileName).param("type", contentType).param("size", size)
                .param("user", me.userId())
                .update();
        activity.record(me.organizationId(), me.userId(), "task", task.id(), "attached",
                Map.of("attachment", id.toString(), "name", fileName, "bytes", size));
        signal.changed(me.organizationId(), task.projectId());
    }

    @Transactional
    public boolean delete(CurrentMember me, Task task, Attachment attachment) {
        int deleted = db.sql("DELETE FROM attachment WHERE organization_id = :org AND task_id = :task AND id = :id")
                .param("org", me.organizationId()).param("task", task.id()).param("id", attachment.id())
                .update();
        if (deleted > 0) {
            activity.record(me.organizationId(), me.userId(), "task", task.id(), "attachment_deleted",
                    Map.of("attachment", attachment.id().toString(), "name", attachment.fileName()));
            signal.changed(me.organizationId(), task.projectId());
        }
        return deleted > 0;
    }
}
