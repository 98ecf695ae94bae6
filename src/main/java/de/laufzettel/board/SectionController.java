package de.laufzettel.board;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.Form;
import de.laufzettel.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, renaming, reordering and deleting sections: for those who manage the project. Deleting
 * a section that holds tasks asks where they go.
 */
@Controller
class SectionController {
    static final int NAME_MAX = Section.NAME_MAX;

    private final Projects projects;
    private final Sections sections;
    private final Tasks tasks;

    SectionController(Projects projects, Sections sections, Tasks tasks) {
        this.projects = projects;
        this.sections = sections;
        this.tasks = tasks;
    }

    @PostMapping("/{org}/projects/{id}/sections")
    String create(CurrentMember me, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            RedirectAttributes flash) {
        Project project = projects.manageable(me, id);
        Form form = Form.empty().with("name", name).requireText("name", NAME_MAX);
        if (form.hasErrors()) {
            flash.addFlashAttribute("sectionError", form.error("name"));
        } else {
            sections.append(me.organizationId(), project.id(), me.userId(), List.of(form.value("name")));
        }
        return board(me, id);
    }

    @PutMapping("/{org}/projects/{id}/sections/{sectionId}")
    String rename(CurrentMember me, @PathVariable UUID id, @PathVariable UUID sectionId,
            @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        Project project = projects.manageable(me, id);
        Section section = sections.find(me.organizationId(), id, sectionId).orElseThrow(NotFoundException::new);
        Form form = Form.empty().with("name", name).requireText("name", NAME_MAX);
        if (form.hasErrors()) {
            flash.addFlashAttribute("sectionError", form.error("name"));
        } else {
            sections.rename(me, project, section, form.value("name"));
        }
        return board(me, id);
    }

    @PutMapping("/{org}/projects/{id}/sections/{sectionId}/position")
    String move(CurrentMember me, @PathVariable UUID id, @PathVariable UUID sectionId,
            @RequestParam(defaultValue = "1") int position) {
        Project project = projects.manageable(me, id);
        Section section = sections.find(me.organizationId(), id, sectionId).orElseThrow(NotFoundException::new);
        sections.move(me, project, section, Math.max(1, position));
        return board(me, id);
    }

    @DeleteMapping("/{org}/projects/{id}/sections/{sectionId}")
    ModelAndView delete(CurrentMember me, @PathVariable UUID id, @PathVariable UUID sectionId,
            @RequestParam(required = false) UUID moveTo, RedirectAttributes flash) {
        Project project = projects.manageable(me, id);
        Section section = sections.find(me.organizationId(), id, sectionId).orElseThrow(NotFoundException::new);
        List<Section> all = sections.of(me.organizationId(), id);
        if (all.size() == 1) {
            flash.addFlashAttribute("sectionError", Form.empty().reject("x", "board.section.lastOne").error("x"));
            return new ModelAndView(board(me, id));
        }
        int holding = tasks.countIn(me, sectionId);
        if (holding > 0 && (moveTo == null || moveTo.equals(sectionId))) {
            ModelAndView ask = new ModelAndView("board/delete-section");
            ask.addObject("boardPath", "/" + me.slug() + "/projects/" + id);
            ask.addObject("section", section);
            ask.addObject("taskCount", holding);
            ask.addObject("targets", all.stream().filter(s -> !s.id().equals(sectionId)).toList());
            ask.setStatus(HttpStatus.CONFLICT);
            return ask;
        }
        sections.delete(me, project, section, moveTo, tasks);
        return new ModelAndView(board(me, id));
    }

    private static String board(CurrentMember me, UUID projectId) {
        return "redirect:/" + me.slug() + "/projects/" + projectId;
    }
}
