package de.laufzettel.exchange;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.database.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings a project archive ({@link OrganizationExport#exportProject}) into an existing
 * organisation as a new project: every ID is new (the archive may come from this very
 * organisation, or be imported twice), task numbers continue the organisation's numbering in the
 * archive's order, and everything else (texts, timestamps, authors, order, completion,
 * attachments, activity) is kept.
 *
 * <p>People are matched to the organisation's members by e-mail. Someone who is not a member is
 * added as a <em>deactivated</em> member: what they wrote keeps their name, but they get no access,
 * no notifications and no e-mail until an admin reactivates or invites them. That is also why, in
 * the web interface, only organisation admins import project archives. People's own agendas are
 * not part of a project archive.
 */
@Component
public class ProjectImport {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProjectImport.class);
    /** The format's name where importers are chosen. */
    public static final String FORMAT = "laufzettel";

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final OrganizationImport archives;
    private final ActivityLog activity;
    private final de.laufzettel.task.TaskNumbers numbers;
    private final de.laufzettel.attachment.FileStore files;

    ProjectImport(JdbcClient db, TransactionTemplate tx, JsonMapper json, OrganizationImport archives,
            ActivityLog activity, de.laufzettel.task.TaskNumbers numbers, de.laufzettel.attachment.FileStore files) {
        this.db = db;
        this.tx = tx;
        this.json = json;
        this.archives = archives;
        this.activity = activity;
        this.numbers = numbers;
        this.files = files;
    }

    /**
     * What an import creates (or, for the preview, would create); {@code newPeople} are the
     * e-mail addresses of people who are no members of the organisation yet.
     */
    public record Summary(String project, UUID projectId, int sections, int tasks, int checklists, int comments,
            int attachments, List<String> newPeople) {
    }

    /** Reads and checks the archive and says what importing it into the organisation would create; writes nothing. */
    public Summary preview(Path file, String organizationSlug) {
        UUID org = organization(organizationSlug);
        try (ArchiveReader archive = archives.open(file)) {
            OrganizationImport.Data data = checked(archive);
            return summary(data, null, newPeople(data, org));
        }
    }

    /** Imports as the organisation's first admin (for operators on the command line). */
    public Summary importInto(String organizationSlug, Path file, Consumer<String> progress) {
        return importInto(organizationSlug, file, null, progress);
    }

    /** Imports the project archive into the organisation as {@code importer}, who becomes the project's admin. */
    public Summary importInto(String organizationSlug, Path file, UUID importer, Consumer<String> progress) {
        try {
            return importChecked(organizationSlug, file, importer, progress);
        } catch (ImportRefused refused) {
            throw refused;
        } catch (RuntimeException unexpected) {
            // As for organisation archives: data of a shape the checks did not foresee is a bad archive.
            log.warn("Import of the project archive {} refused on unexpected data", file, unexpected);
            throw new ImportRefused("The archive's data is not as the format describes ("
                    + unexpected.getClass().getSimpleName() + ").");
        }
    }

    private Summary importChecked(String organizationSlug, Path file, UUID importer, Consumer<String> progress) {
        UUID org = organization(organizationSlug);
        UUID creator = importer != null ? importer : db.sql("""
                SELECT user_id FROM membership WHERE organization_id = :org AND role = 'admin' AND deactivated_at IS NULL
                ORDER BY joined_at LIMIT 1
                """).param("org", org).query(UUID.class).optional()
                .orElseThrow(() -> ImportRefused.because("import.refused.noMembers", organizationSlug));
        try (ArchiveReader archive = archives.open(file)) {
            progress.accept("checking");
            OrganizationImport.Data data = checked(archive);
            Map<UUID, UUID> ids = newIds(data);
            progress.accept("attachments");
            Path target = files.directory(org);
            Path staging = target.resolveSibling(".import-" + Ids.newId());
            List<Path> placed = new ArrayList<>();
            UUID project = ids.get(UUID.fromString(data.list("projects.json").getFirst().get("id").toString()));
            try {
                Files.createDirectories(staging);
                for (Map<String, Object> attachment : data.list("attachments.json")) {
                    archive.write(attachment.get("path").toString(),
                            staging.resolve(ids.get(UUID.fromString(attachment.get("id").toString())).toString()));
                }
                progress.accept("data");
                List<String> newPeople = tx.execute(status -> {
                    List<String> added = write(data, ids, org, project, creator);
                    // The files take their place as the transaction's last step (see OrganizationImport).
                    try {
                        Files.createDirectories(target);
                        try (var staged = Files.list(staging)) {
                            for (Path each : staged.toList()) {
                                placed.add(Files.move(each, target.resolve(each.getFileName())));
                            }
                        }
                    } catch (IOException e) {
                        throw new ImportRefused("Cannot put the attachments in place: " + e.getMessage());
                    }
                    return added;
                });
                return summary(data, project, newPeople);
            } catch (DataAccessException e) {
                throw ImportRefused.because("import.refused.doesNotFit", NestedExceptionUtils
                        .getMostSpecificCause(e).getMessage().lines().findFirst().orElse(""));
            } catch (IOException e) {
                throw new ImportRefused("Cannot write the attachments: " + e.getMessage());
            } finally {
                OrganizationImport.delete(staging);
                if (!placed.isEmpty() && !exists(org, project)) {
                    placed.forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private UUID organization(String slug) {
        return db.sql("SELECT id FROM organization WHERE slug = :slug").param("slug", slug).query(UUID.class)
                .optional().orElseThrow(() -> ImportRefused.because("import.refused.noOrganization", slug));
    }

    private boolean exists(UUID org, UUID project) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM project WHERE organization_id = :org AND id = :id)")
                .param("org", org).param("id", project).query(Boolean.class).single();
    }

    private static OrganizationImport.Data checked(ArchiveReader archive) {
        if (archive.project() == null) {
            throw ImportRefused.because("import.refused.wholeOrganization");
        }
        OrganizationImport.Data data = OrganizationImport.read(archive);
        data.check();
        if (data.list("projects.json").size() != 1) {
            throw ImportRefused.because("import.refused.notOneProject");
        }
        return data;
    }

    private static Summary summary(OrganizationImport.Data data, UUID project, List<String> newPeople) {
        return new Summary(Objects.toString(data.list("projects.json").getFirst().get("name"), ""), project,
                data.list("sections.json").size(), data.list("tasks.json").size(), data.list("checklists.json").size(),
                data.list("comments.json").size(), data.list("attachments.json").size(), newPeople);
    }

    /** The e-mail addresses in the archive that are not the organisation's members yet, sorted. */
    private List<String> newPeople(OrganizationImport.Data data, UUID org) {
        List<String> emails = data.list("members.json").stream()
                .map(member -> Objects.toString(member.get("email"), "").toLowerCase(Locale.ROOT)).sorted().toList();
        List<String> known = db.sql("""
                SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.organization_id = :org AND u.email IN (:emails)
                """).param("org", org).param("emails", emails.isEmpty() ? List.of("") : emails).query(String.class).list();
        return emails.stream().filter(email -> !known.contains(email)).toList();
    }

    /** A new ID for everything the archive gives one: project, sections, tags, tasks, checklists and items, comments, attachments, activity. */
    private static Map<UUID, UUID> newIds(OrganizationImport.Data data) {
        Map<UUID, UUID> ids = new HashMap<>();
        for (String file : List.of("projects.json", "sections.json", "tags.json", "tasks.json", "checklists.json",
                "comments.json", "attachments.json", "activity.json")) {
            for (Map<String, Object> row : data.list(file)) {
                ids.put(UUID.fromString(row.get("id").toString()), Ids.newId());
                if (row.get("items") instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> map && map.get("id") != null) {
                            ids.put(UUID.fromString(map.get("id").toString()), Ids.newId());
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Writes the project; returns the e-mail addresses of the people it added as deactivated members. */
    private List<String> write(OrganizationImport.Data data, Map<UUID, UUID> ids, UUID org, UUID project,
            UUID creator) {
        archives.createAccountMap();
        List<String> added = new ArrayList<>();
        for (Map<String, Object> member : data.list("members.json")) {
            String email = member.get("email").toString().toLowerCase(Locale.ROOT);
            // An account for the e-mail, made here if there is none; another import making the
            // same one at the same moment is waited for rather than failed on the unique e-mail.
            db.sql("""
                    INSERT INTO app_user (id, email, name, password_hash, locale) VALUES (:id, :email, :name, NULL, :locale)
                    ON CONFLICT (email) DO NOTHING
                    """).param("id", Ids.newId()).param("email", email)
                    .param("name", Objects.toString(member.get("name"), email))
                    .param("locale", "en".equals(member.get("locale")) ? "en" : "de").update();
            UUID account = db.sql("SELECT id FROM app_user WHERE email = :email").param("email", email)
                    .query(UUID.class).single();
            if (db.sql("""
                    INSERT INTO membership (organization_id, user_id, role, deactivated_at) VALUES (:org, :user, 'member', now())
                    ON CONFLICT DO NOTHING
                    """).param("org", org).param("user", account).update() == 1) {
                added.add(email);
            }
            archives.mapAccount(UUID.fromString(member.get("userId").toString()), account);
        }

        // Task numbers continue the organisation's, in the order the archive numbered its tasks.
        List<Map<String, Object>> tasks = new ArrayList<>(data.list("tasks.json"));
        tasks.sort(Comparator.comparingLong(task -> ((Number) task.get("number")).longValue()));
        long number = tasks.isEmpty() ? 0 : numbers.reserve(org, tasks.size());
        Map<Object, Long> renumbered = new HashMap<>();
        for (Map<String, Object> task : tasks) {
            renumbered.put(task.get("id"), number++);
        }

        Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (ArchiveFile file : ArchiveFile.ALL) {
            if (file.path().startsWith("agenda-")) {
                continue; // a project archive carries no one's agenda, and writeProjects writes none
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : data.list(file.path())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> copy = (Map<String, Object>) remapped(row, ids);
                if (file.path().equals("tasks.json")) {
                    copy.put("number", renumbered.get(row.get("id")));
                }
                rows.add(copy);
            }
            lists.put(file.path(), rows);
            raw.put(file.path(), json.writeValueAsString(rows));
        }
        archives.writeProjects(new OrganizationImport.Data(data.organization(), lists, raw, data.archive()), org);

        db.sql("""
                INSERT INTO project_member (organization_id, project_id, user_id, role) VALUES (:org, :project, :user, 'admin')
                ON CONFLICT (organization_id, project_id, user_id) DO UPDATE SET role = 'admin'
                """).param("org", org).param("project", project).param("user", creator).update();
        activity.record(org, creator, "project", project, "imported", Map.of("from", "laufzettel",
                "name", Objects.toString(lists.get("projects.json").getFirst().get("name"), ""), "tasks", tasks.size()));
        return added.stream().sorted().toList();
    }

    /**
     * A copy of a JSON value in which every text that is one of the archive's IDs is the new ID:
     * references between the files and IDs inside activity details alike. Account IDs are not in
     * the map; they go through the account map.
     */
    private static Object remapped(Object value, Map<UUID, UUID> ids) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key.toString(), remapped(item, ids)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> remapped(item, ids)).toList();
        }
        if (value instanceof String text && text.length() == 36) {
            try {
                UUID mapped = ids.get(UUID.fromString(text));
                return mapped == null ? text : mapped.toString();
            } catch (IllegalArgumentException notAnId) {
                return text;
            }
        }
        return value;
    }
}
