package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A single project exported and imported into another organisation: new IDs, the organisation's
 * own task numbers, everything else kept; people matched by e-mail or added as deactivated members.
 */
class ProjectArchiveTest extends AppTest {
    @Autowired
    OrganizationExport export;
    @Autowired
    ProjectImport projects;
    @Autowired
    OrganizationImport organizationImport;
    @Autowired
    de.laufzettel.attachment.FileStore files;

    @Test
    void aProjectMovesIntoAnotherOrganisationWithNewIdsAndEverythingElseKept() throws Exception {
        BoardWithTask s = boardWithTask("Projektquellstadt", "Präsentation 🎉 <b>fett</b>");
        Account carla = s.org().member("Carla Clausen", Role.MEMBER);
        Account ben = s.org().member("Ben Bauer", Role.MEMBER); // in the organisation, not in the project
        s.web().post(s.board() + "/members", "userId", carla.id().toString(), "role", "member");
        db.sql("UPDATE task SET assignee_id = :c WHERE project_id = :p").param("c", carla.id()).param("p", s.project()).update();
        s.web().post(s.board() + "/tags", "name", "Design", "colour", "purple");
        UUID tag = db.sql("SELECT id FROM tag WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/tags", "_method", "put", "tag", tag.toString());
        s.web().post(s.task() + "/checklists", "title", "Schritte");
        UUID list = db.sql("SELECT id FROM checklist WHERE project_id = :p").param("p", s.project()).query(UUID.class).single();
        s.web().post(s.task() + "/checklists/" + list + "/items", "text", "Gliederung");
        s.web().post(s.task() + "/comments", "body", "Bitte **prüfen**");
        byte[] plan = "%PDF-1.4 Plan".getBytes(StandardCharsets.UTF_8);
        s.web().upload(s.task() + "/attachments", "plan.pdf", "application/pdf", plan);
        s.web().post(s.task() + "/completion");
        s.web().post(s.task() + "/pin");
        assertThat(db.sql("SELECT assignee_id FROM task WHERE project_id = :p").param("p", s.project())
                .query(UUID.class).single()).isEqualTo(carla.id());

        Path archive = Files.createTempFile(temp, "project", ".zip");
        try (OutputStream out = Files.newOutputStream(archive)) {
            assertThat(export.exportProject(s.org().slug(), s.project(), out, step -> { })).isPresent();
        }
        Map<String, byte[]> unpacked = OrganizationExportTest.unzip(Files.readAllBytes(archive));
        String members = new String(unpacked.get("members.json"), StandardCharsets.UTF_8);
        assertThat(members).contains(s.org().admin().email(), carla.email()).doesNotContain(ben.email());
        assertThat(new String(unpacked.get("agenda-entries.json"), StandardCharsets.UTF_8).strip()).isEqualTo("[]");
        assertThat(new String(unpacked.get("manifest.json"), StandardCharsets.UTF_8)).contains("\"project\"", s.project().toString());
        OrganizationExportTest.assertMatchesSchemas(unpacked);

        // The target has a project of its own already, and Carla (but not Anna) is a member there.
        TestOrg target = newOrganization("Projektzielstadt");
        Web zora = web().login(target.admin().email(), PASSWORD);
        String own = zora.post("/" + target.slug() + "/projects", "name", "Eigenes").location();
        UUID ownSection = db.sql("SELECT s.id FROM section s JOIN project p ON p.id = s.project_id WHERE p.organization_id = :o"
                + " ORDER BY s.rank LIMIT 1").param("o", target.org().id()).query(UUID.class).single();
        String ownBoard = own.substring(own.indexOf("/" + target.slug()));
        zora.withHeader("HX-Request", "true").post(ownBoard + "/sections/" + ownSection + "/tasks", "title", "Eins");
        zora.withHeader("HX-Request", "true").post(ownBoard + "/sections/" + ownSection + "/tasks", "title", "Zwei");
        organizations.addMember(target.org().id(), carla.id(), Role.MEMBER);

        ProjectImport.Summary preview = projects.preview(archive, target.slug());
        assertThat(preview.newPeople()).containsExactly(s.org().admin().email());
        assertThat(count(target, "project")).isEqualTo(1);

        ProjectImport.Summary summary = projects.importInto(target.slug(), archive, target.admin().id(), step -> { });
        UUID project = summary.projectId();
        assertThat(project).isNotEqualTo(s.project());
        assertThat(summary.tasks()).isEqualTo(1);
        for (String table : List.of("section", "tag", "task", "checklist", "checklist_item", "comment", "attachment")) {
            assertThat(db.sql("SELECT count(*) FROM " + table + " a JOIN " + table + " b ON a.id = b.id"
                            + " WHERE a.project_id = :source AND b.project_id = :target")
                    .param("source", s.project()).param("target", project).query(Integer.class).single())
                    .as("IDs shared in " + table).isZero();
            assertThat(db.sql("SELECT count(*) FROM " + table + " WHERE organization_id = :o AND project_id = :p")
                    .param("o", target.org().id()).param("p", project).query(Integer.class).single())
                    .as(table).isEqualTo(db.sql("SELECT count(*) FROM " + table + " WHERE project_id = :p")
                            .param("p", s.project()).query(Integer.class).single()).isPositive();
        }

        Map<String, Object> task = db.sql("""
                SELECT number, title, assignee_id, completed_at IS NOT NULL AS completed, created_by,
                       (SELECT count(*) FROM task_tag tt WHERE tt.task_id = t.id) AS tags
                FROM task t WHERE organization_id = :o AND project_id = :p
                """).param("o", target.org().id()).param("p", project).query().singleRow();
        assertThat(task.get("number")).isEqualTo(3L); // after the target's own two
        assertThat(task.get("title")).isEqualTo("Präsentation 🎉 <b>fett</b>");
        assertThat(task.get("assignee_id")).isEqualTo(carla.id());
        assertThat(task.get("completed")).isEqualTo(true);
        assertThat(task.get("created_by")).isEqualTo(s.org().admin().id());
        assertThat(task.get("tags")).isEqualTo(1L);
        assertThat(db.sql("SELECT author_id FROM comment WHERE organization_id = :o AND project_id = :p")
                .param("o", target.org().id()).param("p", project).query(UUID.class).single()).isEqualTo(s.org().admin().id());
        // Anna wrote in it but is no member of the target: a deactivated member, with no access. Carla stays active.
        assertThat(db.sql("SELECT deactivated_at IS NOT NULL FROM membership WHERE organization_id = :o AND user_id = :u")
                .param("o", target.org().id()).param("u", s.org().admin().id()).query(Boolean.class).single()).isTrue();
        assertThat(db.sql("SELECT deactivated_at IS NULL FROM membership WHERE organization_id = :o AND user_id = :u")
                .param("o", target.org().id()).param("u", carla.id()).query(Boolean.class).single()).isTrue();
        assertThat(s.web().get("/" + target.slug() + "/projects/" + project).status()).isIn(403, 404);
        assertThat(db.sql("SELECT role FROM project_member WHERE organization_id = :o AND project_id = :p AND user_id = :u")
                .param("o", target.org().id()).param("p", project).param("u", target.admin().id())
                .query(String.class).single()).isEqualTo("admin");
        // Personal agendas are not part of a project archive.
        assertThat(db.sql("SELECT count(*) FROM agenda_entry WHERE organization_id = :o").param("o", target.org().id())
                .query(Integer.class).single()).isZero();

        UUID attachment = db.sql("SELECT id FROM attachment WHERE organization_id = :o AND project_id = :p")
                .param("o", target.org().id()).param("p", project).query(UUID.class).single();
        assertThat(Files.readAllBytes(files.path(target.org().id(), attachment))).isEqualTo(plan);
        HttpResponse<byte[]> download = zora.download("/" + target.slug() + "/projects/" + project + "/tasks/3/attachments/" + attachment);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(plan);
        assertThat(zora.get("/" + target.slug() + "/projects/" + project + "/tasks/3").body())
                .contains("Gliederung", "Bitte <strong>prüfen</strong>", "Anna Admin");

        // The history came along, plus a line saying it was imported; the task sequence moved on.
        int sourceActivity = db.sql("SELECT count(*) FROM activity WHERE subject_id IN (SELECT id FROM task WHERE project_id = :p)"
                + " OR subject_id = :p").param("p", s.project()).query(Integer.class).single();
        assertThat(db.sql("SELECT count(*) FROM activity WHERE organization_id = :o AND (subject_id = :p"
                        + " OR subject_id IN (SELECT id FROM task WHERE organization_id = :o AND project_id = :p))")
                .param("o", target.org().id()).param("p", project).query(Integer.class).single()).isEqualTo(sourceActivity + 1);
        assertThat(db.sql("SELECT last_number FROM task_sequence WHERE organization_id = :o").param("o", target.org().id())
                .query(Long.class).single()).isEqualTo(3L);

        // The same archive again: a second project, nothing clashes.
        UUID second = projects.importInto(target.slug(), archive, target.admin().id(), step -> { }).projectId();
        assertThat(second).isNotEqualTo(project);
        assertThat(count(target, "project")).isEqualTo(3);
    }

    @Test
    void archivesOfTheOtherKindAreRefusedHavingWrittenNothing() throws Exception {
        BoardWithTask s = boardWithTask("Projektartstadt", "Eine Aufgabe");
        Path whole = Files.createTempFile(temp, "organization", ".zip");
        try (OutputStream out = Files.newOutputStream(whole)) {
            export.export(s.org().slug(), out, step -> { });
        }
        Path single = Files.createTempFile(temp, "project", ".zip");
        try (OutputStream out = Files.newOutputStream(single)) {
            export.exportProject(s.org().slug(), s.project(), out, step -> { });
        }
        TestOrg target = newOrganization("Projektartziel");

        assertThatThrownBy(() -> projects.importInto(target.slug(), whole, step -> { }))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.refused.wholeOrganization"));
        assertThatThrownBy(() -> organizationImport.importArchive(single, step -> { }))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("holds one project");
        assertThatThrownBy(() -> projects.importInto("gibt-es-nicht", single, step -> { }))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.refused.noOrganization"));
        assertThat(export.exportProject(s.org().slug(), UUID.randomUUID(), OutputStream.nullOutputStream(), step -> { }))
                .isEmpty();
        assertThat(count(target, "project")).isZero();
        assertThat(db.sql("SELECT count(*) FROM membership WHERE organization_id = :o").param("o", target.org().id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void projectAdminsDownloadAndOrganisationAdminsImportInTheWebInterfaceWithProgress() throws Exception {
        BoardWithTask s = boardWithTask("Projektwebstadt", "Über das Web umgezogen");
        String exportUrl = s.board() + "/export";
        HttpResponse<byte[]> download = s.web().download(exportUrl);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(new String(OrganizationExportTest.unzip(download.body()).get("tasks.json"), StandardCharsets.UTF_8))
                .contains("Über das Web umgezogen");
        assertThat(s.web().get(s.board() + "/edit").body()).contains("Projekt exportieren");

        // Not for those who do not manage the project, nor for other organisations.
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        Web benWeb = web().login(ben.email(), PASSWORD);
        assertThat(benWeb.download(exportUrl).statusCode()).isIn(403, 404);
        TestOrg target = newOrganization("Projektwebziel");
        Web zora = web().login(target.admin().email(), PASSWORD);
        assertThat(zora.download(exportUrl).statusCode()).isEqualTo(404);
        assertThat(zora.download("/" + target.slug() + "/projects/" + s.project() + "/export").statusCode()).isEqualTo(404);

        // A member who is not an organisation admin cannot import a project archive.
        String imports = "/" + target.slug() + "/projects/import";
        Account yvo = target.member("Yvo Young", Role.MEMBER);
        Web yvoWeb = web().login(yvo.email(), PASSWORD);
        assertThat(yvoWeb.get(imports).body()).doesNotContain("value=\"laufzettel\"");
        Web.Page refused = yvoWeb.upload(imports + "?format=laufzettel", "projekt.zip", "application/zip", download.body());
        assertThat(refused.status()).isEqualTo(422);

        // The admin sees what will come, then imports with a progress page.
        Web.Page preview = zora.upload(imports + "?format=laufzettel", "projekt.zip", "application/zip", download.body());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Website-Relaunch", "Personen, die hier noch nicht Mitglied sind",
                s.org().admin().email());
        assertThat(count(target, "project")).isZero();
        Matcher action = Pattern.compile("action=\"(" + Pattern.quote(imports) + "/[0-9a-f-]{36})\"").matcher(preview.body());
        assertThat(action.find()).isTrue();
        String job = zora.post(action.group(1), "format", "laufzettel").location();
        assertThat(job).matches(".*" + Pattern.quote(imports) + "/jobs/[0-9a-f-]{36}$");
        String jobPath = job.substring(job.indexOf(imports));
        await().atMost(Duration.ofSeconds(20)).until(() -> zora.get(jobPath + "/progress").body()
                .contains("Der Import ist abgeschlossen."));
        UUID project = db.sql("SELECT id FROM project WHERE organization_id = :o").param("o", target.org().id())
                .query(UUID.class).single();
        assertThat(zora.get(jobPath).body()).contains("/" + target.slug() + "/projects/" + project);
        // Only the one who started it sees the import.
        assertThat(yvoWeb.get(jobPath).status()).isEqualTo(404);
    }

    private int count(TestOrg org, String table) {
        return db.sql("SELECT count(*) FROM " + table + " WHERE organization_id = :o").param("o", org.org().id())
                .query(Integer.class).single();
    }
}
