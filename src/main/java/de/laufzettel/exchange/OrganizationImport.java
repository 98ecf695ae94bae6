package de.laufzettel.exchange;

import de.laufzettel.database.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recreates an organisation from a Laufzettel archive on an instance where it does not exist:
 * the same IDs, task numbers, timestamps, authors, order, completion, attachments and activity.
 * Everything is checked before anything is written (manifest, hashes, sizes, references between
 * the files); the data is written in one transaction, and the attachments, staged beforehand,
 * take their place only after it committed. Members are matched to accounts by e-mail; those
 * without an account get one without a password (they sign in after being invited).
 */
@Component
public class OrganizationImport {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrganizationImport.class);

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final de.laufzettel.attachment.FileStore files;
    private final int maxEntries;
    private final long maxBytes;

    OrganizationImport(JdbcClient db, TransactionTemplate tx, JsonMapper json,
            de.laufzettel.attachment.FileStore files,
            @Value("${laufzettel.import.max-entries:2000000}") int maxEntries,
            @Value("${laufzettel.import.max-bytes:53687091200}") long maxBytes) {
        this.db = db;
        this.tx = tx;
        this.json = json;
        this.files = files;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** What an import created. */
    public record Summary(String organization, int members, int projects, long tasks, int attachments) {
    }

    /** Imports the archive; {@link ImportRefused} with the reason when it cannot, having written nothing. */
    public Summary importArchive(Path file, Consumer<String> progress) {
        try {
            return importChecked(file, progress);
        } catch (ImportRefused refused) {
            throw refused;
        } catch (RuntimeException unexpected) {
            // Data of a shape the checks did not foresee (a number where text belongs, …): still a
            // bad archive, refused as such; the log keeps the details for us.
            log.warn("Import of {} refused on unexpected data", file, unexpected);
            throw new ImportRefused("The archive's data is not as the format describes ("
                    + unexpected.getClass().getSimpleName() + ").");
        }
    }

    private Summary importChecked(Path file, Consumer<String> progress) {
        try (ArchiveReader archive = open(file)) {
            progress.accept("checking");
            if (archive.project() != null) {
                throw new ImportRefused("This archive holds one project (" + archive.project().get("name")
                        + "); import it into an organisation: import --file <file> --organization <slug>.");
            }
            Data data = read(archive);
            data.check();
            UUID orgId = data.organizationId();
            boolean exists = db.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE id = :id OR slug = :slug)")
                    .param("id", orgId).param("slug", data.organization.get("slug")).query(Boolean.class).single();

            if (exists) {
                throw new ImportRefused("The organisation '" + data.organization.get("slug") + "' already exists here.");
            }
            progress.accept("attachments");
            Path target = files.directory(orgId);
            if (Files.exists(target)) {
                throw new ImportRefused("Attachments of an organisation with this ID are already on disk: " + target);
            }
            Path staging = target.resolveSibling(".import-" + Ids.newId());
            boolean[] moved = {false};
            try {
                Files.createDirectories(staging);
                for (Map<String, Object> attachment : data.list("attachments.json")) {
                    archive.write(attachment.get("path").toString(), staging.resolve(attachment.get("id").toString()));
                }
                progress.accept("data");
                tx.executeWithoutResult(status -> {
                    write(data);
                    // The files take their place as the transaction's last step: if that fails,
                    // nothing is committed; if the commit fails after it, they are removed below.
                    try {
                        Files.move(staging, target);
                        moved[0] = true;
                    } catch (IOException e) {
                        throw new ImportRefused("Cannot put the attachments in place: " + e.getMessage());
                    }
                });
            } catch (org.springframework.dao.DataAccessException e) {
                // Whatever the checks above let through and the database refuses (a missing
                // value, a duplicate key …) is still a bad archive, and the transaction wrote nothing.
                throw new ImportRefused("The archive's data does not fit together: "
                        + org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e).getMessage()
                                .lines().findFirst().orElse(""));
            } catch (IOException e) {
                throw new ImportRefused("Cannot write the attachments: " + e.getMessage());
            } finally {
                delete(staging);
                if (moved[0] && !exists(orgId)) {
                    delete(target);
                }
            }
            return new Summary((String) data.organization.get("slug"), data.list("members.json").size(),
                    data.list("projects.json").size(), data.list("tasks.json").size(),
                    data.list("attachments.json").size());
        }
    }

    private boolean exists(UUID organizationId) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE id = :id)").param("id", organizationId)
                .query(Boolean.class).single();
    }

    /** Opens an archive with this instance's limits; {@link ImportRefused} when it is no readable archive. */
    ArchiveReader open(Path file) {
        return new ArchiveReader(file, json, maxEntries, maxBytes);
    }

    /** Reads the archive's JSON files; {@link Data#check()} then checks how they refer to each other. */
    static Data read(ArchiveReader archive) {
        if (!(archive.json("organization.json") instanceof Map<?, ?> organization)) {
            throw new ImportRefused("organization.json is not an object.");
        }
        Map<String, String> raw = new HashMap<>();
        Map<String, List<Map<String, Object>>> lists = new HashMap<>();
        for (ArchiveFile file : ArchiveFile.ALL) {
            byte[] bytes = archive.bytes(file.path());
            Object parsed = archive.json(file.path(), bytes);
            if (!(parsed instanceof List<?> items) || items.stream().anyMatch(item -> !(item instanceof Map))) {
                throw new ImportRefused(file.path() + " is not a list of objects.");
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> typed = (List<Map<String, Object>>) parsed;
            lists.put(file.path(), typed);
            raw.put(file.path(), new String(bytes, StandardCharsets.UTF_8));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> org = (Map<String, Object>) organization;
        return new Data(org, lists, raw, archive);
    }

    /** The archive's files, parsed, with the checks of their references. */
    record Data(Map<String, Object> organization, Map<String, List<Map<String, Object>>> lists,
            Map<String, String> raw, ArchiveReader archive) {

        List<Map<String, Object>> list(String path) {
            return lists.get(path);
        }

        UUID organizationId() {
            return uuid(organization, "id", "organization.json");
        }

        void check() {
            organizationId();
            if (!(organization.get("slug") instanceof String slug) || !slug.matches("[a-z0-9-]{1,60}")
                    || !(organization.get("name") instanceof String name) || name.isBlank()) {
                throw new ImportRefused("organization.json has no valid slug and name.");
            }
            Set<UUID> members = ids("members.json", "userId");
            Set<String> emails = new HashSet<>();
            for (Map<String, Object> member : list("members.json")) {
                if (!(member.get("email") instanceof String email) || !email.contains("@") || !emails.add(email.toLowerCase())) {
                    throw new ImportRefused("members.json has a member without a valid, unique e-mail address.");
                }
                if (!"admin".equals(member.get("role")) && !"member".equals(member.get("role"))) {
                    throw new ImportRefused("members.json has a member with an unknown role.");
                }
            }
            Set<UUID> projects = ids("projects.json", "id");
            Map<UUID, UUID> sectionProject = new HashMap<>();
            for (Map<String, Object> section : list("sections.json")) {
                sectionProject.put(uuid(section, "id", "sections.json"), ref(section, "projectId", projects, "sections.json"));
            }
            Set<UUID> tags = ids("tags.json", "id");
            Set<UUID> tasks = ids("tasks.json", "id");
            Set<Long> numbers = new HashSet<>();
            for (Map<String, Object> project : list("projects.json")) {
                ref(project, "createdBy", members, "projects.json");
                for (Object pm : listOf(project.get("members"), "projects.json")) {
                    ref(asMap(pm, "projects.json"), "userId", members, "projects.json");
                }
            }
            for (Map<String, Object> tag : list("tags.json")) {
                ref(tag, "projectId", projects, "tags.json");
            }
            for (Map<String, Object> task : list("tasks.json")) {
                UUID project = ref(task, "projectId", projects, "tasks.json");
                UUID section = ref(task, "sectionId", sectionProject.keySet(), "tasks.json");
                if (!project.equals(sectionProject.get(section))) {
                    throw new ImportRefused("tasks.json has a task in a section of another project.");
                }
                if (!(task.get("number") instanceof Number number) || !numbers.add(number.longValue())) {
                    throw new ImportRefused("tasks.json has a task without a unique number.");
                }
                ref(task, "createdBy", members, "tasks.json");
                optionalRef(task, "assigneeId", members, "tasks.json");
                optionalRef(task, "completedBy", members, "tasks.json");
                for (Object tag : listOf(task.get("tagIds"), "tasks.json")) {
                    if (!tags.contains(parse(tag, "tasks.json"))) {
                        throw new ImportRefused("tasks.json refers to a tag that is not in the archive.");
                    }
                }
                for (Object watcher : listOf(task.get("watchers"), "tasks.json")) {
                    ref(asMap(watcher, "tasks.json"), "userId", members, "tasks.json");
                }
            }
            ids("checklists.json", "id");
            for (Map<String, Object> checklist : list("checklists.json")) {
                ref(checklist, "taskId", tasks, "checklists.json");
                for (Object item : listOf(checklist.get("items"), "checklists.json")) {
                    uuid(asMap(item, "checklists.json"), "id", "checklists.json");
                    optionalRef(asMap(item, "checklists.json"), "doneBy", members, "checklists.json");
                }
            }
            ids("comments.json", "id");
            for (Map<String, Object> comment : list("comments.json")) {
                ref(comment, "taskId", tasks, "comments.json");
                ref(comment, "authorId", members, "comments.json");
            }
            ids("attachments.json", "id");
            for (Map<String, Object> attachment : list("attachments.json")) {
                ref(attachment, "taskId", tasks, "attachments.json");
                ref(attachment, "uploadedBy", members, "attachments.json");
                if (!("attachments/" + attachment.get("id")).equals(attachment.get("path"))
                        || !archive.has(attachment.get("path").toString())) {
                    throw new ImportRefused("attachments.json names a file that is not in the archive.");
                }
            }
            for (Map<String, Object> entry : list("activity.json")) {
                uuid(entry, "id", "activity.json");
                optionalRef(entry, "actorId", members, "activity.json");
            }
            Map<UUID, UUID> agendaOwner = new HashMap<>();
            for (Map<String, Object> section : list("agenda-sections.json")) {
                agendaOwner.put(uuid(section, "id", "agenda-sections.json"),
                        ref(section, "accountId", members, "agenda-sections.json"));
            }
            for (Map<String, Object> entry : list("agenda-entries.json")) {
                UUID account = ref(entry, "accountId", members, "agenda-entries.json");
                ref(entry, "taskId", tasks, "agenda-entries.json");
                UUID section = optionalRef(entry, "sectionId", agendaOwner.keySet(), "agenda-entries.json");
                if (section != null && !account.equals(agendaOwner.get(section))) {
                    throw new ImportRefused("agenda-entries.json puts a task into another person's section.");
                }
            }
        }

        private Set<UUID> ids(String file, String key) {
            Set<UUID> ids = new HashSet<>();
            for (Map<String, Object> item : list(file)) {
                if (!ids.add(uuid(item, key, file))) {
                    throw new ImportRefused(file + " has the ID " + item.get(key) + " twice.");
                }
            }
            return ids;
        }

        private static UUID ref(Map<String, Object> item, String key, Set<UUID> known, String file) {
            UUID id = uuid(item, key, file);
            if (!known.contains(id)) {
                throw new ImportRefused(file + " refers to " + key + " " + id + ", which is not in the archive.");
            }
            return id;
        }

        private static UUID optionalRef(Map<String, Object> item, String key, Set<UUID> known, String file) {
            return item.get(key) == null ? null : ref(item, key, known, file);
        }

        private static UUID uuid(Map<?, ?> item, String key, String file) {
            return parse(item.get(key), file + " (" + key + ")");
        }

        private static UUID parse(Object value, String where) {
            try {
                return UUID.fromString(Objects.toString(value));
            } catch (IllegalArgumentException e) {
                throw new ImportRefused(where + " has an invalid ID: " + value);
            }
        }

        private static List<?> listOf(Object value, String file) {
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new ImportRefused(file + " has a list that is not a list.");
            }
            return list;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> asMap(Object value, String file) {
            if (!(value instanceof Map<?, ?>)) {
                throw new ImportRefused(file + " has an entry that is not an object.");
            }
            return (Map<String, Object>) value;
        }
    }

    /** Maps an account ID of the archive to the account here (the same, unless matched by e-mail). */
    private static String account(String column) {
        return "(SELECT a.new_id FROM import_account a WHERE a.old_id = " + column + ")";
    }

    /** For the rest of the transaction, a table that maps the archive's account IDs to accounts here. */
    void createAccountMap() {
        db.sql("CREATE TEMPORARY TABLE import_account (old_id uuid PRIMARY KEY, new_id uuid NOT NULL) ON COMMIT DROP").update();
    }

    void mapAccount(UUID old, UUID here) {
        db.sql("INSERT INTO import_account (old_id, new_id) VALUES (:old, :new)").param("old", old).param("new", here)
                .update();
    }

    private void write(Data data) {
        UUID org = data.organizationId();
        createAccountMap();
        for (Map<String, Object> member : data.list("members.json")) {
            UUID old = UUID.fromString(member.get("userId").toString());
            String email = member.get("email").toString().toLowerCase(java.util.Locale.ROOT);
            UUID existing = db.sql("SELECT id FROM app_user WHERE email = :email").param("email", email)
                    .query(UUID.class).optional().orElse(null);
            if (existing == null) {
                boolean free = db.sql("SELECT NOT EXISTS (SELECT 1 FROM app_user WHERE id = :id)").param("id", old)
                        .query(Boolean.class).single();
                existing = free ? old : Ids.newId();
                db.sql("INSERT INTO app_user (id, email, name, password_hash, locale) VALUES (:id, :email, :name, NULL, :locale)")
                        .param("id", existing).param("email", email).param("name", Objects.toString(member.get("name"), email))
                        .param("locale", "en".equals(member.get("locale")) ? "en" : "de").update();
            }
            mapAccount(old, existing);
        }
        db.sql("INSERT INTO organization (id, slug, name, created_at) VALUES (:id, :slug, :name, CAST(:created AS timestamptz))")
                .param("id", org).param("slug", data.organization().get("slug")).param("name", data.organization().get("name"))
                .param("created", Objects.toString(data.organization().get("createdAt"), null) == null
                        ? java.time.OffsetDateTime.now().toString() : data.organization().get("createdAt").toString())
                .update();
        insert(data, org, "members.json", """
                INSERT INTO membership (organization_id, user_id, role, joined_at, deactivated_at)
                SELECT :org, %s, x.role, x."joinedAt", x."deactivatedAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x("userId" uuid, role text, "joinedAt" timestamptz,
                                                                  "deactivatedAt" timestamptz)
                """.formatted(account("x.\"userId\"")));
        writeProjects(data, org);
        insert(data, org, "agenda-sections.json", """
                INSERT INTO agenda_owner (account_id)
                SELECT DISTINCT %s FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x("accountId" uuid)
                ON CONFLICT DO NOTHING
                """.formatted(account("x.\"accountId\"")));
        insert(data, org, "agenda-sections.json", """
                INSERT INTO agenda_section (account_id, id, name, rank)
                SELECT %s, x.id, x.name, x.rank
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x("accountId" uuid, id uuid, name text, rank text)
                ON CONFLICT DO NOTHING
                """.formatted(account("x.\"accountId\"")));
        insert(data, org, "agenda-entries.json", """
                INSERT INTO agenda_entry (account_id, organization_id, task_id, section_id, rank, pinned)
                SELECT %s, :org, x."taskId", s.id, x.rank, x.pinned
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x("accountId" uuid, "taskId" uuid, "sectionId" uuid,
                                                                  rank text, pinned boolean)
                LEFT JOIN agenda_section s ON s.account_id = %1$s AND s.id = x."sectionId"
                """.formatted(account("x.\"accountId\"")));
        db.sql("INSERT INTO task_sequence (organization_id, last_number) VALUES (:org, GREATEST(:last, "
                        + "(SELECT coalesce(max(number), 0) FROM task WHERE organization_id = :org)))")
                .param("org", org).param("last", data.organization().get("lastTaskNumber") instanceof Number last
                        ? last.longValue() : 0L)
                .update();
    }

    /**
     * Writes the projects with everything in them (sections, tags, tasks, checklists, comments,
     * attachments' records, activity), with the archive's IDs; people through the account map.
     */
    void writeProjects(Data data, UUID org) {
        insert(data, org, "projects.json", """
                INSERT INTO project (organization_id, id, name, description, created_by, created_at, archived_at, version)
                SELECT :org, x.id, x.name, x.description, %s, x."createdAt", x."archivedAt", x.version
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, name text, description text, "createdBy" uuid,
                                                                  "createdAt" timestamptz, "archivedAt" timestamptz, version int)
                """.formatted(account("x.\"createdBy\"")));
        insert(data, org, "projects.json", """
                INSERT INTO project_member (organization_id, project_id, user_id, role, added_at)
                SELECT :org, x.id, %s, m.role, m."addedAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, members jsonb),
                     jsonb_to_recordset(x.members) AS m("userId" uuid, role text, "addedAt" timestamptz)
                """.formatted(account("m.\"userId\"")));
        insert(data, org, "sections.json", """
                INSERT INTO section (organization_id, id, project_id, name, rank, created_at)
                SELECT :org, x.id, x."projectId", x.name, x.rank, x."createdAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, name text, rank text,
                                                                  "createdAt" timestamptz)
                """);
        insert(data, org, "tags.json", """
                INSERT INTO tag (organization_id, id, project_id, name, colour, created_at)
                SELECT :org, x.id, x."projectId", x.name, x.colour, x."createdAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, name text, colour text,
                                                                  "createdAt" timestamptz)
                """);
        insert(data, org, "tasks.json", """
                INSERT INTO task (organization_id, id, project_id, section_id, number, title, notes, rank, assignee_id,
                                  due_date, due_time, created_by, created_at, updated_at, version, completed_at,
                                  completed_by, trashed_at)
                SELECT :org, x.id, x."projectId", x."sectionId", x.number, x.title, x.notes, x.rank, %s, x."dueDate",
                       x."dueTime", %s, x."createdAt", x."updatedAt", x.version, x."completedAt", %s, x."trashedAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, "sectionId" uuid,
                     number bigint, title text, notes text, rank text, "assigneeId" uuid, "dueDate" date, "dueTime" time,
                     "createdBy" uuid, "createdAt" timestamptz, "updatedAt" timestamptz, version int,
                     "completedAt" timestamptz, "completedBy" uuid, "trashedAt" timestamptz)
                """.formatted(account("x.\"assigneeId\""), account("x.\"createdBy\""), account("x.\"completedBy\"")));
        insert(data, org, "tasks.json", """
                INSERT INTO task_tag (organization_id, project_id, task_id, tag_id)
                SELECT :org, x."projectId", x.id, CAST(g.value AS uuid)
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, "tagIds" jsonb),
                     jsonb_array_elements_text(x."tagIds") WITH ORDINALITY AS g(value, n)
                ORDER BY x.id, g.n
                """);
        insert(data, org, "tasks.json", """
                INSERT INTO task_watcher (organization_id, project_id, task_id, user_id, since)
                SELECT :org, x."projectId", x.id, %s, w.since
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, watchers jsonb),
                     jsonb_to_recordset(x.watchers) AS w("userId" uuid, since timestamptz)
                """.formatted(account("w.\"userId\"")));
        insert(data, org, "checklists.json", """
                INSERT INTO checklist (organization_id, id, project_id, task_id, title, rank, created_at)
                SELECT :org, x.id, x."projectId", x."taskId", x.title, x.rank, x."createdAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, "taskId" uuid, title text,
                                                                  rank text, "createdAt" timestamptz)
                """);
        insert(data, org, "checklists.json", """
                INSERT INTO checklist_item (organization_id, id, project_id, task_id, checklist_id, text, rank, done_at, done_by)
                SELECT :org, i.id, x."projectId", x."taskId", x.id, i.text, i.rank, i."doneAt", %s
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, "taskId" uuid, items jsonb),
                     jsonb_to_recordset(x.items) AS i(id uuid, text text, rank text, "doneAt" timestamptz, "doneBy" uuid)
                """.formatted(account("i.\"doneBy\"")));
        insert(data, org, "comments.json", """
                INSERT INTO comment (organization_id, id, project_id, task_id, author_id, body, created_at, edited_at)
                SELECT :org, x.id, x."projectId", x."taskId", %s, x.body, x."createdAt", x."editedAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, "taskId" uuid, "authorId" uuid,
                                                                  body text, "createdAt" timestamptz, "editedAt" timestamptz)
                """.formatted(account("x.\"authorId\"")));
        insert(data, org, "attachments.json", """
                INSERT INTO attachment (organization_id, id, project_id, task_id, file_name, content_type, size_bytes,
                                        uploaded_by, created_at)
                SELECT :org, x.id, x."projectId", x."taskId", x."fileName", x."contentType", x.bytes, %s, x."createdAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "projectId" uuid, "taskId" uuid,
                     "fileName" text, "contentType" text, bytes bigint, "uploadedBy" uuid, "createdAt" timestamptz)
                """.formatted(account("x.\"uploadedBy\"")));
        insert(data, org, "activity.json", """
                INSERT INTO activity (organization_id, id, actor_id, subject_type, subject_id, action, details, created_at)
                SELECT :org, x.id, %s, x."subjectType", x."subjectId", x.action, coalesce(x.details, '{}'), x."createdAt"
                FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, "actorId" uuid, "subjectType" text,
                     "subjectId" uuid, action text, details jsonb, "createdAt" timestamptz)
                """.formatted(account("x.\"actorId\"")));
    }

    private void insert(Data data, UUID org, String file, String sql) {
        db.sql(sql).param("org", org).param("rows", data.raw().get(file)).update();
    }

    /**
     * Deletes staging directories ({@code .import-*} beside the organisations' attachments) a day
     * old: those of imports whose node went away before they ended. Their transaction wrote nothing.
     */
    void deleteStaleStaging() throws IOException {
        if (!Files.isDirectory(files.root())) {
            return;
        }
        java.time.Instant before = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        try (Stream<Path> entries = Files.list(files.root())) {
            for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(".import-")).toList()) {
                if (Files.getLastModifiedTime(staging).toInstant().isBefore(before)) {
                    delete(staging);
                }
            }
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a staging directory left behind holds no data anyone can reach
        }
    }
}
