package de.laufzettel.agenda;

import de.laufzettel.account.SignedInUser;
import de.laufzettel.database.Reads;
import de.laufzettel.task.DueRange;
import de.laufzettel.web.Form;
import de.laufzettel.web.Layout;
import de.laufzettel.web.Layouts;
import de.laufzettel.web.NotFoundException;
import de.laufzettel.web.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Meine Aufgaben": one page for a person's work across all their projects and organisations. */
@Controller
class AgendaController {
    static final Set<String> GROUPINGS = Set.of("sections", "project", "due");

    private final Agenda agenda;
    private final Layouts layouts;
    private final de.laufzettel.live.LiveBoards live;
    private final Reads reads;

    AgendaController(Agenda agenda, Layouts layouts, de.laufzettel.live.LiveBoards live, Reads reads) {
        this.agenda = agenda;
        this.layouts = layouts;
        this.live = live;
        this.reads = reads;
    }

    /**
     * Live updates for the agenda: a "board-changed" event whenever a board the person can see
     * changes (an assignment, a completion, a new due date …); the page then fetches itself again.
     * The set of boards is the one the person may see right now, checked like every read.
     */
    @GetMapping(path = "/agenda/live", produces = "text/event-stream")
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter live(@AuthenticationPrincipal SignedInUser user) {
        return live.watchAll(agenda.visibleProjects(user.id()), user.id());
    }

    @GetMapping("/agenda")
    ModelAndView show(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "group", defaultValue = "sections") String group) {
        String grouping = GROUPINGS.contains(group) ? group : "sections";
        // Sections, tasks and the page frame in one round trip to the database.
        Reads.Together together = reads.together();
        Supplier<List<AgendaSection>> mine = together.add(
                agenda.readSections(user.id(), Agenda.DEFAULT_SECTIONS.stream().map(View::t).toList()));
        Supplier<List<AgendaTask>> all = agenda.readTasks(together, user.id());
        Supplier<Layout> layout = layouts.outsideOrganization(together, user.id());
        together.run();
        List<AgendaSection> sections = mine.get();
        List<AgendaTask> tasks = all.get();
        List<AgendaTask> open = tasks.stream().filter(t -> !t.completed()).toList();
        ModelAndView mav = new ModelAndView("agenda/show");
        mav.addObject("layout", layout.get());
        mav.addObject("grouping", grouping);
        mav.addObject("sections", sections);
        mav.addObject("groups", switch (grouping) {
            case "project" -> byProject(open);
            case "due" -> byDue(open);
            default -> bySection(open, sections);
        });
        mav.addObject("done", tasks.stream().filter(AgendaTask::completed).toList());
        return mav;
    }

    private static List<AgendaGroup> bySection(List<AgendaTask> open, List<AgendaSection> sections) {
        Set<UUID> known = sections.stream().map(AgendaSection::id).collect(Collectors.toSet());
        List<AgendaGroup> groups = new ArrayList<>();
        groups.add(new AgendaGroup("inbox", View.t("agenda.inbox"), null,
                open.stream().filter(t -> t.sectionId() == null || !known.contains(t.sectionId())).toList()));
        for (AgendaSection section : sections) {
            groups.add(new AgendaGroup(section.id().toString(), section.name(), section,
                    open.stream().filter(t -> section.id().equals(t.sectionId())).toList()));
        }
        return groups;
    }

    private static List<AgendaGroup> byProject(List<AgendaTask> open) {
        Map<UUID, List<AgendaTask>> projects = new LinkedHashMap<>();
        open.stream().sorted(java.util.Comparator.comparing((AgendaTask t) -> t.orgName().toLowerCase())
                        .thenComparing(t -> t.projectName().toLowerCase()))
                .forEach(t -> projects.computeIfAbsent(t.projectId(), k -> new ArrayList<>()).add(t));
        return projects.entrySet().stream().map(e -> new AgendaGroup("project-" + e.getKey(),
                e.getValue().get(0).orgName() + " · " + e.getValue().get(0).projectName(), null, e.getValue())).toList();
    }

    private static List<AgendaGroup> byDue(List<AgendaTask> open) {
        Map<String, List<AgendaTask>> due = new LinkedHashMap<>();
        for (String key : DueRange.GROUPS) {
            due.put(key, new ArrayList<>());
        }
        open.forEach(t -> due.get(DueRange.of(t.due())).add(t));
        return due.entrySet().stream()
                .map(e -> new AgendaGroup("due-" + e.getKey(), View.t("agenda.due." + e.getKey()), null, e.getValue()))
                .toList();
    }

    /** Puts a task of the agenda into one of the person's sections, or back into the inbox. */
    @PutMapping("/agenda/tasks/{organizationId}/{taskId}/section")
    String place(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID organizationId, @PathVariable UUID taskId,
            @RequestParam(name = "section", defaultValue = "inbox") String section) {
        AgendaTask task = agenda.find(user.id(), organizationId, taskId).orElseThrow(NotFoundException::new);
        UUID sectionId = null;
        if (!"inbox".equals(section)) {
            try {
                sectionId = UUID.fromString(section);
            } catch (IllegalArgumentException e) {
                throw new NotFoundException();
            }
            if (!agenda.ownsSection(user.id(), sectionId)) {
                throw new NotFoundException();
            }
        }
        agenda.place(user.id(), task, sectionId);
        return "redirect:/agenda#task-" + taskId;
    }

    @PostMapping("/agenda/sections")
    String addSection(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        Form form = Form.empty().with("name", name).requireText("name", AgendaSection.NAME_MAX);
        if (form.hasErrors()) {
            flash.addFlashAttribute("sectionError", form.error("name"));
        } else if (!agenda.addSection(user.id(), form.value("name"))) {
            flash.addFlashAttribute("sectionError", View.t("agenda.section.taken"));
        }
        return "redirect:/agenda";
    }

    @PutMapping("/agenda/sections/{id}")
    String renameSection(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        ownSection(user, id);
        Form form = Form.empty().with("name", name).requireText("name", AgendaSection.NAME_MAX);
        if (form.hasErrors()) {
            flash.addFlashAttribute("sectionError", form.error("name"));
        } else if (!agenda.renameSection(user.id(), id, form.value("name"))) {
            flash.addFlashAttribute("sectionError", View.t("agenda.section.taken"));
        }
        return "redirect:/agenda";
    }

    @PutMapping("/agenda/sections/{id}/position")
    String moveSection(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String direction) {
        ownSection(user, id);
        agenda.moveSection(user.id(), id, "up".equals(direction) ? -1 : "down".equals(direction) ? 1 : 0);
        return "redirect:/agenda";
    }

    @DeleteMapping("/agenda/sections/{id}")
    String deleteSection(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        ownSection(user, id);
        agenda.deleteSection(user.id(), id);
        return "redirect:/agenda";
    }

    private void ownSection(SignedInUser user, UUID id) {
        if (!agenda.ownsSection(user.id(), id)) {
            throw new NotFoundException();
        }
    }
}
