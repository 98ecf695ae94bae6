package de.laufzettel.board;

import de.laufzettel.activity.ActivityLog;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The project's activity feed: what happened to its tasks, sections and the project itself. */
@Controller
class FeedController {
    private final Projects projects;
    private final Tasks tasks;
    private final Sections sections;
    private final ActivityLog activity;
    private final Workspace workspace;

    FeedController(Projects projects, Tasks tasks, Sections sections, ActivityLog activity, Workspace workspace) {
        this.projects = projects;
        this.tasks = tasks;
        this.sections = sections;
        this.activity = activity;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/projects/{id}/activity")
    ModelAndView feed(CurrentMember me, @PathVariable UUID id) {
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        Map<UUID, Long> numbers = tasks.numbersById(me, id);
        List<UUID> subjects = new ArrayList<>(numbers.keySet());
        sections.of(me.organizationId(), id).forEach(s -> subjects.add(s.id()));
        subjects.add(project.id());
        ModelAndView mav = new ModelAndView("board/feed");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("boardPath", "/" + me.slug() + "/projects/" + id);
        mav.addObject("project", project);
        mav.addObject("entries", activity.about(me.organizationId(), subjects));
        mav.addObject("numbers", numbers);
        return mav;
    }
}
