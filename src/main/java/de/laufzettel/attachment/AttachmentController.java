package de.laufzettel.attachment;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskLookup;
import de.laufzettel.task.TaskPaths;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** Uploading (button or drop), downloading ({@link AttachmentDownload}) and deleting a task's attachments. */
@Controller
class AttachmentController {
    private static final String BASE = "/{org}/projects/{id}/tasks/{number}/attachments";

    private final Tasks tasks;
    private final TaskLookup lookup;
    private final Attachments attachments;
    private final FileStore files;
    private final DataSize maxUpload;

    AttachmentController(Tasks tasks, TaskLookup lookup, Attachments attachments, FileStore files,
            @Value("${laufzettel.max-upload}") DataSize maxUpload) {
        this.tasks = tasks;
        this.lookup = lookup;
        this.attachments = attachments;
        this.files = files;
        this.maxUpload = maxUpload;
    }

    @PostMapping(BASE)
    String upload(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @RequestParam(name = "file", required = false) List<MultipartFile> uploads) throws IOException {
        Task task = lookup.find(me, id, number, Project::canEdit).task();
        List<MultipartFile> chosen = uploads == null ? List.of() : uploads;
        if (chosen.stream().anyMatch(upload -> upload.getSize() > maxUpload.toBytes())) {
            throw new MaxUploadSizeExceededException(maxUpload.toBytes());
        }
        for (MultipartFile upload : chosen) {
            if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
                continue;
            }
            try (InputStream in = upload.getInputStream()) {
                attachments.attach(me, task, AttachmentDownload.displayName(upload.getOriginalFilename()), upload.getContentType(), in);
            }
        }
        return "redirect:" + TaskPaths.task(me, id, number);
    }

    @GetMapping(BASE + "/{attachmentId}")
    ResponseEntity<Resource> download(CurrentMember me, @PathVariable UUID id, @PathVariable long number,
            @PathVariable UUID attachmentId) {
        Task task = tasks.find(me, id, number).orElseThrow(NotFoundException::new); // checks access to the project
        Attachment attachment = attachments.find(me, task, attachmentId).orElseThrow(NotFoundException::new);
        return AttachmentDownload.of(files, me.organizationId(), attachment);
    }

    @DeleteMapping(BASE + "/{attachmentId}")
    String delete(CurrentMember me, @PathVariable UUID id, @PathVariable long number, @PathVariable UUID attachmentId) {
        Task task = lookup.find(me, id, number, Project::canEdit).task();
        Attachment attachment = attachments.find(me, task, attachmentId).orElseThrow(NotFoundException::new);
        if (attachments.delete(me, task, attachment)) {
            files.delete(me.organizationId(), attachment.id());
        }
        return "redirect:" + TaskPaths.task(me, id, number);
    }
}
