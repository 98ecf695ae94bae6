package de.laufzettel;

import de.laufzettel.exchange.OrganizationExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Laufzettel's commands for operators and cron ({@code java -jar laufzettel.jar export …}): the
 * same configuration as the server (data directory or external database), no web server, progress
 * on standard error, exit 0 on success and non-zero with one clear line on failure.
 */
final class CommandLine {
    static final List<String> COMMANDS = List.of("export", "import");
    private static final String USAGE = """
            usage: java -jar laufzettel.jar export --organization <slug> --file <out.zip>
                   java -jar laufzettel.jar export --organization <slug> --project <id> --file <out.zip>
                   java -jar laufzettel.jar import --file <in.zip>
                   java -jar laufzettel.jar import --file <project.zip> --organization <slug>
                   java -jar laufzettel.jar import --format trello|meistertask-csv --file <file> --organization <slug>""";

    private CommandLine() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        String slug = options.get("organization");
        String file = options.get("file");
        boolean export = "export".equals(args[0]);
        String format = options.get("format");
        boolean valid;
        String project = options.get("project");
        if (export) {
            valid = file != null && slug != null && options.size() == (project == null ? 2 : 3)
                    && (project == null || project.matches("[0-9a-fA-F-]{36}"));
        } else if (format == null) {
            valid = file != null && options.size() == (slug == null ? 1 : 2);
        } else {
            valid = file != null && slug != null && options.size() == 3
                    && de.laufzettel.exchange.BoardImport.COMMAND_LINE_FORMATS.contains(format);
        }
        if (!valid) {
            err.println(USAGE);
            return 2;
        }
        Optional<String> busy = serverRunningOnDataDirectory();
        if (busy.isPresent()) {
            err.println(busy.get());
            return 1;
        }
        if (!export) {
            if (format != null) {
                return importBoard(Path.of(file).toAbsolutePath(), format, slug, out, err);
            }
            return slug == null ? importArchive(Path.of(file).toAbsolutePath(), out, err)
                    : importProject(Path.of(file).toAbsolutePath(), slug, out, err);
        }
        Path target = Path.of(file).toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (ConfigurableApplicationContext context = start()) {
            Optional<OrganizationExport.Summary> summary;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                OrganizationExport exports = context.getBean(OrganizationExport.class);
                summary = project == null ? exports.export(slug, stream, step -> err.println("export: " + step))
                        : exports.exportProject(slug, java.util.UUID.fromString(project), stream,
                                step -> err.println("export: " + step));
            }
            if (summary.isEmpty()) {
                Files.deleteIfExists(partial);
                err.println(project == null ? "There is no organisation '" + slug + "'."
                        : "The organisation '" + slug + "' has no project " + project + ".");
                return 1;
            }
            // The archive appears under its name only when complete.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Exported %s: %d tasks, %d files, %d bytes of data to %s%n", summary.get().organization(),
                    summary.get().tasks(), summary.get().files(), summary.get().bytes(), target);
            return 0;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            err.println("Export failed: " + rootMessage(e));
            return 1;
        }
    }

    private static int importArchive(Path file, PrintStream out, PrintStream err) {
        return importing(file, err, context -> {
            var summary = context.getBean(de.laufzettel.exchange.OrganizationImport.class)
                    .importArchive(file, step -> err.println("import: " + step));
            out.printf("Imported %s: %d members, %d projects, %d tasks, %d attachments%n", summary.organization(),
                    summary.members(), summary.projects(), summary.tasks(), summary.attachments());
        });
    }

    private static int importProject(Path file, String slug, PrintStream out, PrintStream err) {
        return importing(file, err, context -> {
            var summary = context.getBean(de.laufzettel.exchange.ProjectImport.class)
                    .importInto(slug, file, step -> err.println("import: " + step));
            summary.newPeople().forEach(email -> err.println("added as a deactivated member: " + email));
            out.printf("Imported the project \"%s\" into %s as %s: %d sections, %d tasks, %d checklists, %d comments, "
                    + "%d attachments%n", summary.project(), slug, summary.projectId(), summary.sections(), summary.tasks(),
                    summary.checklists(), summary.comments(), summary.attachments());
        });
    }

    private static int importBoard(Path file, String format, String slug, PrintStream out, PrintStream err) {
        return importing(file, err, context -> {
            var summary = context.getBean(de.laufzettel.exchange.BoardImport.class).importInto(slug, file, format);
            var messages = context.getBean(org.springframework.context.MessageSource.class);
            summary.skipped().forEach(reason -> err.println("skipped: " + reason.text(messages, java.util.Locale.ENGLISH)));
            out.printf("Imported %s \"%s\" into %s: %d sections, %d tasks (%d in the trash), %d tags, "
                    + "%d checklists, %d comments%n", format, summary.project(), slug, summary.sections(), summary.tasks(),
                    summary.trashed(), summary.tags(), summary.checklists(), summary.comments());
        });
    }

    /** Runs an import in the application; a refusal or failure is one line, and nothing was written. */
    private static int importing(Path file, PrintStream err,
            java.util.function.Consumer<ConfigurableApplicationContext> work) {
        if (!Files.isRegularFile(file)) {
            err.println("There is no file " + file + ".");
            return 1;
        }
        try (ConfigurableApplicationContext context = start()) {
            try {
                work.accept(context);
                return 0;
            } catch (de.laufzettel.exchange.ImportRefused e) {
                err.println("Import refused, nothing was written: "
                        + e.text(context.getBean(org.springframework.context.MessageSource.class), java.util.Locale.ENGLISH));
                return 1;
            }
        } catch (RuntimeException e) {
            err.println("Import failed, nothing was written: " + rootMessage(e));
            return 1;
        }
    }

    /** The application as for the server, but nothing listens (server.port=-1) and no background jobs run. */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LaufzettelApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("server.port=-1", "laufzettel.jobs=false", "logging.level.root=WARN")
                .run();
    }

    /**
     * With the embedded database, a running server holds the data directory; starting a second
     * PostgreSQL there would fail with a confusing message, so the command refuses clearly.
     */
    private static Optional<String> serverRunningOnDataDirectory() {
        if (env("LAUFZETTEL_DB_URL") != null) {
            return Optional.empty();
        }
        String dataDir = Optional.ofNullable(env("LAUFZETTEL_DATA_DIR")).orElse("./data");
        Path pid = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres").resolve("postmaster.pid");
        try {
            if (Files.exists(pid)) {
                long process = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
                if (ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)) {
                    return Optional.of("Laufzettel is running on the data directory " + Path.of(dataDir).toAbsolutePath()
                            + " (PostgreSQL process " + process + "). Stop it first, or export in the web interface.");
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // no readable lock file: nothing is running there
        }
        return Optional.empty();
    }

    private static String env(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
