package de.laufzettel.demo;

import de.laufzettel.account.Account;
import de.laufzettel.attachment.Attachments;
import de.laufzettel.board.Section;
import de.laufzettel.board.Sections;
import de.laufzettel.comment.Comments;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.task.Checklists;
import de.laufzettel.task.Due;
import de.laufzettel.task.Tag;
import de.laufzettel.task.Tags;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskCard;
import de.laufzettel.task.TaskChanges;
import de.laufzettel.task.Tasks;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The demo's "Website-Relaunch" board: tasks with tags, due dates, a checklist and comments. */
@Component
class DemoBoard {
    private final Sections sections;
    private final Tasks tasks;
    private final Tags tags;
    private final Checklists checklists;
    private final Comments comments;
    private final Attachments attachments;

    DemoBoard(Sections sections, Tasks tasks, Tags tags, Checklists checklists, Comments comments,
            Attachments attachments) {
        this.attachments = attachments;
        this.sections = sections;
        this.tasks = tasks;
        this.tags = tags;
        this.checklists = checklists;
        this.comments = comments;
    }

    void fill(CurrentMember anna, CurrentMember ben, Project project, Account annaAccount, Account benAccount) {
        List<Section> columns = sections.of(anna.organizationId(), project.id());
        tags.create(anna, project, "Inhalt", "green");
        tags.create(anna, project, "Design", "purple");
        tags.create(anna, project, "Dringend", "red");
        tags.create(anna, project, "Technik", "blue");
        LocalDate today = LocalDate.now(Due.ZONE);

        Task texts = task(anna, project, columns.get(0), "Texte aktualisieren", "Alle Seiten der Rubrik **Rathaus** prüfen.",
                benAccount.id(), new Due(today.plusDays(3), null), "Inhalt");
        Task slides = task(anna, project, columns.get(0), "Präsentation erstellen",
                "Für die Sitzung des Hauptausschusses.", annaAccount.id(), new Due(today.plusDays(7), LocalTime.of(10, 0)),
                "Design");
        task(anna, project, columns.get(0), "Web Team briefen", "", null, new Due(today.minusDays(1), null), "Dringend");
        task(anna, project, columns.get(1), "Finale Designs teilen", "Entwürfe liegen im Fachbereich 10.",
                benAccount.id(), null, "Design");
        Task launch = task(anna, project, columns.get(columns.size() - 1), "Implementieren & launchen", "", null, null,
                "Technik");
        tasks.setCompleted(anna, launch, true);

        checklists.create(anna, slides, "Folien");
        UUID list = checklists.of(anna, slides).getFirst().id();
        for (String item : List.of("Gliederung", "Zahlen aus dem Haushalt", "Bilder", "Probe", "Versand")) {
            checklists.addItem(anna, slides, list, item);
        }
        checklists.of(anna, slides).getFirst().items().stream().limit(2)
                .forEach(item -> checklists.setDone(anna, slides, list, item.id(), true));
        String annaHandle = annaAccount.email().substring(0, annaAccount.email().indexOf('@'));
        comments.add(ben, slides, "Die Zahlen kommen bis Mittwoch, @" + annaHandle + ".", Set.of(annaAccount.id()));
        comments.add(anna, texts, "Danke! Bitte auch die **Öffnungszeiten** prüfen.", Set.of());
        try {
            attachments.attach(anna, texts, "Textbausteine-Rathaus.txt", "text/plain", new java.io.ByteArrayInputStream(
                    "Öffnungszeiten: Mo–Fr 8–12 Uhr, Do 14–18 Uhr\nBürgerbüro: Markt 1\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Task task(CurrentMember me, Project project, Section section, String title, String notes, UUID assignee,
            Due due, String tagName) {
        TaskCard card = tasks.create(me, project, section.id(), title);
        Task task = tasks.find(me, project.id(), card.number()).orElseThrow();
        tasks.update(me, task, new TaskChanges(title, notes, assignee, due), task.version());
        Set<UUID> tagIds = tags.of(me, project.id()).stream().filter(t -> t.name().equals(tagName))
                .map(Tag::id).collect(Collectors.toSet());
        tags.setOnTask(me, project, tasks.find(me, project.id(), card.number()).orElseThrow(), tagIds);
        return tasks.find(me, project.id(), card.number()).orElseThrow();
    }
}
