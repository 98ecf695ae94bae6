package de.laufzettel.exchange;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import de.laufzettel.database.Rank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a board of another tool (a Trello export, a MeisterTask CSV) into an organisation as a new
 * project, in one transaction. People are matched to the organisation's members by name, e-mail or
 * the e-mail's local part (Trello's username); cards of people who are not members keep no
 * assignee, and their comments carry the original name visibly in the text.
 */
@Component
public class BoardImport {
    /** The formats there are importers for. */
    public static final List<String> FORMATS = List.of("trello", "meistertask-csv", "csv");
    /** The formats an operator can import on the command line (a generic CSV needs its columns chosen). */
    public static final List<String> COMMAND_LINE_FORMATS = List.of("trello", "meistertask-csv");
    /** A file larger than this is refused before it is parsed. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final ActivityLog activity;
    private final de.laufzettel.task.TaskNumbers numbers;

    BoardImport(JdbcClient db, TransactionTemplate tx, JsonMapper json, ActivityLog activity,
            de.laufzettel.task.TaskNumbers numbers) {
        this.numbers = numbers;
        this.db = db;
        this.tx = tx;
        this.json = json;
        this.activity = activity;
    }

    /** What an import created (or, for the preview, would create). */
    public record Summary(String project, int sections, int tasks, int trashed, int tags, int checklists, int comments,
            List<ImportRefused.Reason> skipped, UUID projectId) {
    }

    /** Reads the file and says what the import would create, writing nothing. */
    public Summary preview(Path file, String format) {
        return preview(file, format, Map.of());
    }

    /** The preview of a generic CSV, with its columns mapped to fields (see {@link ImportedBoard#CSV_FIELDS}). */
    public Summary preview(Path file, String format, Map<String, String> mapping) {
        return summary(read(file, format, mapping), null);
    }

    /** Imports as the organisation's first admin (for operators on the command line). */
    public Summary importInto(String organizationSlug, Path file, String format) {
        return importInto(organizationSlug, file, format, Map.of(), null);
    }

    public Summary importInto(String organizationSlug, Path file, String format, Map<String, String> mapping,
            UUID creator) {
        return importInto(organizationSlug, file, format, mapping, creator, percent -> { });
    }

    /** Imports, telling {@code progress} how far it got (in percent of the tasks written). */
    public Summary importInto(String organizationSlug, Path file, String format, Map<String, String> mapping,
            UUID creator, java.util.function.IntConsumer progress) {
        ImportedBoard board = read(file, format, mapping);
        try {
            return tx.execute(status -> write(organizationSlug, board, format, creator, progress));
        } catch (org.springframework.dao.DataAccessException e) {
            // What the database still refuses is a bad file too, and the transaction wrote nothing.
            throw ImportRefused.because("import.refused.doesNotFit", org.springframework.core.NestedExceptionUtils
                    .getMostSpecificCause(e).getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The header of a CSV file, for choosing which column is what. */
    public List<String> columns(Path file) {
        try {
            String text = Csv.text(file);
            List<List<String>> records = Csv.parse(text, Csv.separator(text));
            return records.isEmpty() ? List.of() : records.getFirst().stream().map(String::strip).toList();
        } catch (IOException e) {
            throw ImportRefused.because("import.refused.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private ImportedBoard read(Path file, String format, Map<String, String> mapping) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw ImportRefused.because("import.refused.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
            }
            return switch (format) {
                case "trello" -> ImportedBoard.fromTrello(json.readValue(file.toFile(), Object.class));
                case "meistertask-csv" -> ImportedBoard.fromMeisterTask(
                        file.getFileName().toString().replaceAll("(?i)\\.csv$", ""), Csv.read(file));
                case "csv" -> ImportedBoard.fromCsv(nonBlank(mapping.get("project"), "CSV-Import"), Csv.read(file),
                        lowerCased(mapping));
                default -> throw ImportRefused.because("import.refused.format", format, String.join(", ", FORMATS));
            };
        } catch (JacksonException e) {
            throw ImportRefused.because("import.refused.json");
        } catch (IOException e) {
            throw ImportRefused.because("import.refused.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** Csv.read keys rows by the lower-cased header; the mapping names columns as the header has them. */
    private static Map<String, String> lowerCased(Map<String, String> mapping) {
        Map<String, String> lower = new HashMap<>();
        mapping.forEach((field, column) -> {
            if (ImportedBoard.CSV_FIELDS.contains(field)) {
                lower.put(field, column == null ? null : column.strip().toLowerCase(Locale.ROOT));
            }
        });
        return lower;
    }

    private static Summary summary(ImportedBoard board, String project) {
        return new Summary(project == null ? board.name() : project, board.sections().size(), board.cards().size(),
                (int) board.cards().stream().filter(ImportedBoard.Card::trashed).count(), board.tags().size(),
                board.cards().stream().mapToInt(c -> c.checklists().size()).sum(),
                board.cards().stream().mapToInt(c -> c.comments().size()).sum(), board.skipped(), null);
    }

    private record Member(UUID id, String name, String email) {
    }

    private Summary write(String slug, ImportedBoard board, String format, UUID importer,
            java.util.function.IntConsumer progress) {
        UUID org = db.sql("SELECT id FROM organization WHERE slug = :slug").param("slug", slug).query(UUID.class)
                .optional().orElseThrow(() -> ImportRefused.because("import.refused.noOrganization", slug));
        List<Member> members = db.sql("""
                SELECT u.id, u.name, u.email FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.organization_id = :org AND m.deactivated_at IS NULL ORDER BY (m.role = 'admin') DESC, m.joined_at
                """).param("org", org).query(Member.class).list();
        if (members.isEmpty()) {
            throw ImportRefused.because("import.refused.noMembers", slug);
        }
        UUID creator = importer == null ? members.getFirst().id() : members.stream().map(Member::id)
                .filter(importer::equals).findFirst()
                .orElseThrow(() -> ImportRefused.because("import.refused.notMember", slug));
        UUID project = Ids.newId();
        db.sql("INSERT INTO project (organization_id, id, name, created_by) VALUES (:org, :id, :name, :creator)")
                .param("org", org).param("id", project).param("name", cut(board.name(), de.laufzettel.project.Project.NAME_MAX)).param("creator", creator).update();
        Set<UUID> involved = new LinkedHashSet<>();
        Map<String, UUID> sections = new HashMap<>();
        for (ImportedBoard.Section section : board.sections()) {
            UUID id = Ids.newId();
            sections.put(section.trelloId(), id);
            db.sql("INSERT INTO section (organization_id, id, project_id, name, rank) VALUES (:org, :id, :project, :name, :rank)")
                    .param("org", org).param("id", id).param("project", project).param("name", cut(section.name(), SECTION_NAME_MAX))
                    .param("rank", section.rank()).update();
        }
        Map<String, UUID> tags = new HashMap<>();
        for (ImportedBoard.Tag tag : board.tags()) {
            UUID id = Ids.newId();
            tags.put(tag.trelloId(), id);
            db.sql("INSERT INTO tag (organization_id, id, project_id, name, colour) VALUES (:org, :id, :project, :name, :colour)")
                    .param("org", org).param("id", id).param("project", project).param("name", cut(tag.name(), de.laufzettel.task.Tag.NAME_MAX))
                    .param("colour", tag.colour()).update();
        }
        long number = numbers.reserve(org, board.cards().size()) - 1;
        int comments = 0;
        int written = 0;
        int reported = 0;
        for (ImportedBoard.Card card : board.cards()) {
            int percent = written++ * 100 / board.cards().size();
            if (percent > reported) {
                reported = percent;
                progress.accept(percent);
            }
            UUID task = Ids.newId();
            Optional<Member> assignee = card.memberNames().stream().map(name -> match(members, name, null))
                    .flatMap(Optional::stream).findFirst();
            assignee.ifPresent(m -> involved.add(m.id()));
            Instant activityAt = card.activityAt() == null ? Instant.now() : card.activityAt();
            db.sql("""
                    INSERT INTO task (organization_id, id, project_id, section_id, number, title, notes, rank, created_by,
                                      assignee_id, due_date, due_time, completed_at, completed_by, trashed_at, created_at,
                                      updated_at)
                    VALUES (:org, :id, :project, :section, :number, :title, :notes, :rank, :creator, :assignee, :dueDate,
                            :dueTime, :completedAt, :completedBy, :trashedAt, coalesce(:createdAt, now()),
                            coalesce(:createdAt, now()))
                    """)
                    .param("org", org).param("id", task).param("project", project)
                    .param("section", sections.get(card.sectionTrelloId())).param("number", ++number)
                    .param("title", cut(card.title(), de.laufzettel.task.Tasks.TITLE_MAX))
                    .param("notes", cut(card.notes(), de.laufzettel.task.Tasks.NOTES_MAX)).param("rank", card.rank())
                    .param("creator", creator).param("assignee", assignee.map(Member::id).orElse(null))
                    .param("dueDate", card.dueDate()).param("dueTime", card.dueTime())
                    .param("completedAt", card.completed() ? Timestamp.from(activityAt) : null)
                    .param("completedBy", card.completed() ? creator : null)
                    .param("trashedAt", card.trashed() ? Timestamp.from(Instant.now()) : null)
                    .param("createdAt", card.createdAt() == null ? null : Timestamp.from(card.createdAt()))
                    .update();
            for (String label : card.tagTrelloIds()) {
                if (tags.containsKey(label)) {
                    db.sql("""
                            INSERT INTO task_tag (organization_id, project_id, task_id, tag_id) VALUES (:org, :project, :task, :tag)
                            ON CONFLICT DO NOTHING
                            """).param("org", org).param("project", project).param("task", task)
                            .param("tag", tags.get(label)).update();
                }
            }
            List<String> checklistRanks = Rank.sequence(card.checklists().size());
            for (int i = 0; i < card.checklists().size(); i++) {
                ImportedBoard.Checklist checklist = card.checklists().get(i);
                UUID list = Ids.newId();
                db.sql("""
                        INSERT INTO checklist (organization_id, id, project_id, task_id, title, rank)
                        VALUES (:org, :id, :project, :task, :title, :rank)
                        """).param("org", org).param("id", list).param("project", project).param("task", task)
                        .param("title", cut(checklist.title(), de.laufzettel.task.Checklist.TITLE_MAX)).param("rank", checklistRanks.get(i)).update();
                for (ImportedBoard.Item item : checklist.items()) {
                    db.sql("""
                            INSERT INTO checklist_item (organization_id, id, project_id, task_id, checklist_id, text, rank,
                                                        done_at, done_by)
                            VALUES (:org, :id, :project, :task, :list, :text, :rank, :doneAt, :doneBy)
                            """).param("org", org).param("id", Ids.newId()).param("project", project).param("task", task)
                            .param("list", list).param("text", cut(item.text(), de.laufzettel.task.Checklist.ITEM_MAX)).param("rank", item.rank())
                            .param("doneAt", item.done() ? Timestamp.from(activityAt) : null)
                            .param("doneBy", item.done() ? creator : null).update();
                }
            }
            for (ImportedBoard.Comment comment : card.comments()) {
                Optional<Member> author = match(members, comment.authorName(), comment.authorUsername());
                author.ifPresent(m -> involved.add(m.id()));
                String body = author.isPresent() ? comment.text()
                        : "*" + comment.authorName() + " (aus Trello):*\n\n" + comment.text();
                db.sql("""
                        INSERT INTO comment (organization_id, id, project_id, task_id, author_id, body, created_at)
                        VALUES (:org, :id, :project, :task, :author, :body, :at)
                        """).param("org", org).param("id", Ids.newId()).param("project", project).param("task", task)
                        .param("author", author.map(Member::id).orElse(creator)).param("body", cut(body, de.laufzettel.comment.Comment.BODY_MAX))
                        .param("at", Timestamp.from(comment.at() == null ? Instant.now() : comment.at())).update();
                comments++;
            }
        }
        for (UUID person : involved) {
            if (!person.equals(creator)) {
                db.sql("""
                        INSERT INTO project_member (organization_id, project_id, user_id, role) VALUES (:org, :project, :user, 'member')
                        ON CONFLICT DO NOTHING
                        """).param("org", org).param("project", project).param("user", person).update();
            }
        }
        db.sql("""
                INSERT INTO project_member (organization_id, project_id, user_id, role) VALUES (:org, :project, :user, 'admin')
                ON CONFLICT DO NOTHING
                """).param("org", org).param("project", project).param("user", creator).update();
        activity.record(org, importer, "project", project, "imported",
                Map.of("from", format, "name", board.name(), "tasks", board.cards().size()));
        Summary summary = summary(board, board.name());
        return new Summary(summary.project(), summary.sections(), summary.tasks(), summary.trashed(), summary.tags(),
                summary.checklists(), comments, summary.skipped(), project);
    }

    /** As long as a section's name may be (the board's own limit). */
    private static final int SECTION_NAME_MAX = 200;

    /**
     * Text cut to the length Laufzettel allows where people type it (a tag of 50 characters, a
     * title of 500 …), so that an import cannot bring in what the forms would refuse.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** A member by full name or e-mail, or whose e-mail starts with the Trello username. */
    private static Optional<Member> match(List<Member> members, String name, String username) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return members.stream().filter(m -> (!wanted.isEmpty() && (m.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || m.email().equals(wanted)))
                        || (!user.isEmpty() && m.email().substring(0, m.email().indexOf('@')).equals(user)))
                .findFirst();
    }
}
