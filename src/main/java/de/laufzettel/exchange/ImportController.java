package de.laufzettel.exchange;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Projekt importieren": a member uploads a Trello export, a MeisterTask CSV or another CSV (an
 * organisation admin also a Laufzettel project archive), sees what will be created and what is
 * skipped, and only then imports it as a new project ({@link ImportUploads}); the import runs in
 * the background with a progress bar ({@link ImportJobs}).
 */
@Controller
class ImportController {
    private final BoardImport boards;
    private final ProjectImport archives;
    private final ImportJobs jobs;
    private final de.laufzettel.organization.Workspace workspace;
    private final ImportUploads uploads;

    ImportController(BoardImport boards, ProjectImport archives, ImportJobs jobs,
            de.laufzettel.organization.Workspace workspace, ImportUploads uploads) {
        this.boards = boards;
        this.archives = archives;
        this.jobs = jobs;
        this.workspace = workspace;
        this.uploads = uploads;
    }

    /**
     * Whether the member may import from this format. Project archives may add their people as
     * deactivated members of the organisation ({@link ProjectImport}), which is an admin's decision.
     */
    private static boolean allowed(CurrentMember me, String format) {
        return BoardImport.FORMATS.contains(format) || (format.equals(ProjectImport.FORMAT) && me.isAdmin());
    }

    @GetMapping("/{org}/projects/import")
    ModelAndView form(CurrentMember me) {
        return page(me, "exchange/import", Map.of(), HttpStatus.OK);
    }

    @PostMapping("/{org}/projects/import")
    ModelAndView preview(CurrentMember me, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String format) throws IOException {
        if (!allowed(me, format) || file == null || file.isEmpty()) {
            return page(me, "exchange/import", Map.of("error", "import.choose"), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (file.getSize() > BoardImport.MAX_BYTES) {
            return page(me, "exchange/import", Map.of("error", "import.tooLarge"), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        UUID token;
        try (InputStream in = file.getInputStream()) {
            token = uploads.store(me, in);
        }
        Path upload = uploads.of(me, token);
        try {
            if (format.equals("csv")) {
                List<String> columns = boards.columns(upload);
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replaceAll("(?i)\\.csv$", "");
                return page(me, "exchange/import-mapping", Map.of("token", token.toString(), "columns", columns,
                        "guesses", guesses(columns), "project", name), HttpStatus.OK);
            }
            if (format.equals(ProjectImport.FORMAT)) {
                return page(me, "exchange/import-archive-preview", Map.of("summary", archives.preview(upload, me.slug()),
                        "token", token.toString()), HttpStatus.OK);
            }
            return previewPage(me, upload, token, format, Map.of());
        } catch (ImportRefused refused) {
            Files.deleteIfExists(upload);
            return page(me, "exchange/import", Map.of("refused", refused), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** A generic CSV after its columns were chosen: the preview. */
    @PostMapping("/{org}/projects/import/{token}/preview")
    ModelAndView mapped(CurrentMember me, @PathVariable UUID token, @RequestParam Map<String, String> form)
            throws IOException {
        Path upload = uploads.of(me, token);
        if (!Files.isRegularFile(upload)) {
            throw new NotFoundException();
        }
        try {
            return previewPage(me, upload, token, "csv", mapping(form));
        } catch (ImportRefused refused) {
            Files.deleteIfExists(upload);
            return page(me, "exchange/import", Map.of("refused", refused), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private ModelAndView previewPage(CurrentMember me, Path upload, UUID token, String format, Map<String, String> mapping) {
        BoardImport.Summary summary = boards.preview(upload, format, mapping);
        return page(me, "exchange/import-preview", Map.of("summary", summary, "token", token.toString(),
                "format", format, "mapping", mapping), HttpStatus.OK);
    }

    /** The chosen columns: field → column, plus the project's name. */
    private static Map<String, String> mapping(Map<String, String> form) {
        Map<String, String> mapping = new java.util.LinkedHashMap<>();
        for (String field : ImportedBoard.CSV_FIELDS) {
            String column = form.getOrDefault("column-" + field, "");
            if (!column.isBlank()) {
                mapping.put(field, column);
            }
        }
        mapping.put("project", form.getOrDefault("project", "").strip());
        return mapping;
    }

    /** A first choice for each field from common header names, German and English. */
    static Map<String, String> guesses(List<String> columns) {
        Map<String, List<String>> names = Map.of(
                "title", List.of("title", "titel", "name", "aufgabe", "task", "betreff", "summary"),
                "notes", List.of("notes", "notizen", "beschreibung", "description", "details", "text"),
                "section", List.of("section", "abschnitt", "spalte", "liste", "list", "column", "phase"),
                "due", List.of("due", "due_date", "fällig", "faellig", "frist", "deadline", "termin"),
                "assignee", List.of("assignee", "zuständig", "zustaendig", "verantwortlich", "owner", "bearbeiter"),
                "tags", List.of("tags", "schlagwörter", "labels", "kategorie", "category"),
                "done", List.of("done", "erledigt", "completed", "fertig", "status"));
        Map<String, String> guesses = new HashMap<>();
        names.forEach((field, candidates) -> columns.stream()
                .filter(column -> candidates.contains(column.strip().toLowerCase(java.util.Locale.ROOT)))
                .findFirst().ifPresent(column -> guesses.put(field, column)));
        return guesses;
    }

    /** Starts the import in the background and shows its progress. */
    @PostMapping("/{org}/projects/import/{token}")
    ModelAndView run(CurrentMember me, @PathVariable UUID token, @RequestParam(defaultValue = "") String format,
            @RequestParam Map<String, String> form) throws IOException {
        if (!allowed(me, format)) {
            throw new NotFoundException();
        }
        return jobs.start(me, token, format, mapping(form))
                .map(job -> new ModelAndView("redirect:/" + me.slug() + "/projects/import/jobs/" + job))
                .orElseGet(() -> page(me, "exchange/import", Map.of("error", "import.busy"), HttpStatus.CONFLICT));
    }

    @GetMapping("/{org}/projects/import/jobs/{id}")
    ModelAndView job(CurrentMember me, @PathVariable UUID id) {
        return page(me, "exchange/import-job", Map.of("job", jobs.of(me, id).orElseThrow(NotFoundException::new)),
                HttpStatus.OK);
    }

    /** The progress alone: the page polls it while the import runs. */
    @GetMapping("/{org}/projects/import/jobs/{id}/progress")
    ModelAndView progress(CurrentMember me, @PathVariable UUID id) {
        return new ModelAndView("exchange/import-progress", Map.of("slug", me.slug(),
                "job", jobs.of(me, id).orElseThrow(NotFoundException::new)));
    }

    private ModelAndView page(CurrentMember me, String view, Map<String, Object> model, HttpStatus status) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("layout", workspace.layout(me));
        all.put("slug", me.slug());
        ModelAndView mav = new ModelAndView(view, all);
        mav.setStatus(status);
        return mav;
    }
}
