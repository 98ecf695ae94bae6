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

/** "Daten exportieren": organisation admins start an export and download the archive. */
@Controller
class ExportController {
    private final ExportJobs jobs;
    private final de.laufzettel.organization.Workspace workspace;

    ExportController(ExportJobs jobs, de.laufzettel.organization.Workspace workspace) {
        this.jobs = jobs;
        this.workspace = workspace;
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
