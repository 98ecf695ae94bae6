package de.laufzettel.api;

import de.laufzettel.attachment.Attachment;
import de.laufzettel.attachment.AttachmentDownload;
import de.laufzettel.attachment.Attachments;
import de.laufzettel.attachment.FileStore;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.task.Task;
import de.laufzettel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A task's attachments: uploaded as {@code multipart/form-data} (part {@code file}, up to the
 * configured upload limit), downloaded as the web interface serves them ({@link AttachmentDownload}).
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks/{number}/attachments")
@Tag(name = "Attachments")
class AttachmentsApi implements ApiController {
    private final ApiLookup lookup;
    private final Attachments attachments;
    private final FileStore files;
    private final org.springframework.util.unit.DataSize maxUpload;

    AttachmentsApi(ApiLookup lookup, Attachments attachments, FileStore files,
            @org.springframework.beans.factory.annotation.Value("${laufzettel.max-upload}")
            org.springframework.util.unit.DataSize maxUpload) {
        this.maxUpload = maxUpload;
        this.lookup = lookup;
        this.attachments = attachments;
        this.files = files;
    }

    record AttachmentJson(UUID id, String fileName, String contentType, long sizeBytes, String uploadedByName,
            OffsetDateTime createdAt) {
        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedByName(),
                    a.createdAt());
        }
    }

    @GetMapping
    @Operation(summary = "A task's attachments, newest first")
    Listing<AttachmentJson> list(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number) {
        CurrentMember me = caller.reading();
        return new Listing<>(attachments.of(me, lookup.task(me, projectId, number)).stream()
                .map(AttachmentJson::of).toList());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (multipart/form-data, part \"file\"; at most the upload limit, 25 MB by default)")
    ResponseEntity<AttachmentJson> upload(ApiTokens.Caller caller, @PathVariable UUID projectId,
            @PathVariable long number, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canEdit);
        if (file == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.file");
        }
        if (file.getSize() > maxUpload.toBytes()) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge", maxUpload.toBytes());
        }
        UUID id;
        try (InputStream in = file.getInputStream()) {
            id = attachments.attach(me, task, AttachmentDownload.displayName(file.getOriginalFilename()),
                    file.getContentType(), in);
        }
        return ResponseEntity.created(URI.create(
                        "/api/v1/projects/" + projectId + "/tasks/" + number + "/attachments/" + id + "/content"))
                .body(AttachmentJson.of(find(me, task, id)));
    }

    @GetMapping("/{attachmentId}/content")
    @Operation(summary = "Download an attachment's bytes (Content-Disposition: attachment)")
    ResponseEntity<Resource> download(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID attachmentId) {
        CurrentMember me = caller.reading();
        Attachment attachment = find(me, lookup.task(me, projectId, number), attachmentId);
        return AttachmentDownload.of(files, me.organizationId(), attachment);
    }

    @DeleteMapping("/{attachmentId}")
    @Operation(summary = "Delete an attachment")
    ResponseEntity<Void> delete(ApiTokens.Caller caller, @PathVariable UUID projectId, @PathVariable long number,
            @PathVariable UUID attachmentId) {
        CurrentMember me = caller.writing();
        Task task = lookup.task(me, projectId, number, Project::canEdit);
        Attachment attachment = find(me, task, attachmentId);
        if (attachments.delete(me, task, attachment)) {
            files.delete(me.organizationId(), attachment.id());
        }
        return ResponseEntity.noContent().build();
    }

    private Attachment find(CurrentMember me, Task task, UUID id) {
        return attachments.find(me, task, id).orElseThrow(NotFoundException::new);
    }
}
