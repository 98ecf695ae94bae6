package de.laufzettel.exchange;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** "Daten exportieren": organisation admins start an export and download the archive. */
@Controller
class ExportController {
    private final ExportJobs jobs;
    private final de.laufzettel.organization.Workspace workspace;
    private final OrganizationExport export;
    private final de.laufzettel.project.Projects projects;

    ExportController(ExportJobs jobs, de.laufzettel.organization.Workspace workspace, OrganizationExport export,
            de.laufzettel.project.Projects projects) {
        this.jobs = jobs;
        this.workspace = workspace;
        this.export = export;
        this.projects = projects;
    }

    /**
     * "Projekt exportieren": a project's admins download it as a project archive. A project is
     * small enough to stream while it is read, rather than run as a background job like a whole
     * organisation.
     */
    @GetMapping("/{org}/projects/{id}/export")
    ResponseEntity<StreamingResponseBody> exportProject(CurrentMember me, @PathVariable UUID id) {
        UUID project = projects.manageable(me, id).id();
        String name = "laufzettel-" + me.slug() + "-projekt-" + LocalDate.now(de.laufzettel.task.Due.ZONE) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> export.exportProject(me.slug(), project, out, step -> { })
                        .orElseThrow(NotFoundException::new));
    }

    @GetMapping("/{org}/export")
    ModelAndView page(CurrentMember me) {
        requireAdmin(me);
        return new ModelAndView("exchange/export", Map.of("layout", workspace.layout(me), "slug", me.slug(),
                "jobs", jobs.of(me)));
    }

    /** The list of exports alone: the page polls it while an export runs. */
    @GetMapping("/{org}/export/jobs")
    ModelAndView list(CurrentMember me) {
        requireAdmin(me);
        return new ModelAndView("exchange/export-jobs", Map.of("slug", me.slug(), "jobs", jobs.of(me)));
    }

    @PostMapping("/{org}/export")
    String start(CurrentMember me) {
        requireAdmin(me);
        jobs.start(me);
        return "redirect:/" + me.slug() + "/export";
    }

    @GetMapping("/{org}/export/{id}/archive")
    ResponseEntity<FileSystemResource> download(CurrentMember me, @PathVariable UUID id) throws IOException {
        requireAdmin(me);
        Path archive = jobs.archive(me, id).orElseThrow(NotFoundException::new);
        String name = "laufzettel-" + me.slug() + "-" + LocalDate.now(de.laufzettel.task.Due.ZONE) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(Files.size(archive))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(archive));
    }

    private static void requireAdmin(CurrentMember me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
