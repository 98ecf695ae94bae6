package de.laufzettel.board;

import de.laufzettel.activity.ActivityEntry;
import de.laufzettel.activity.ActivityLog;
import de.laufzettel.attachment.Attachment;
import de.laufzettel.attachment.Attachments;
import de.laufzettel.comment.Comment;
import de.laufzettel.comment.Comments;
import de.laufzettel.database.Reads;
import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.project.Project;
import de.laufzettel.project.ProjectMember;
import de.laufzettel.project.Projects;
import de.laufzettel.task.Task;
import de.laufzettel.task.TaskLookup;
import de.laufzettel.task.BoardFilter;
import de.laufzettel.task.Checklist;
import de.laufzettel.task.Checklists;
import de.laufzettel.task.Tag;
import de.laufzettel.task.TaskCard;
import de.laufzettel.task.Tags;
import de.laufzettel.task.Tasks;
import de.laufzettel.web.Form;
import de.laufzettel.web.Layout;
import de.laufzettel.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A project's board; a task's own URL shows the board with the task's dialog open, so that a
 * task link can be shared and bookmarked.
 */
@Controller
class BoardController {
    private final Projects projects;
    private final Sections sections;
    private final TaskLookup lookup;
    private final Tasks tasks;
    private final Workspace workspace;
    private final ActivityLog activity;
    private final Tags tags;
    private final Checklists checklists;
    private final Comments comments;
    private final Attachments attachments;
    private final DataSize maxUpload;

    private final de.laufzettel.agenda.Agenda agenda;

    private final Reads reads;

    BoardController(Projects projects, Sections sections, Tasks tasks, TaskLookup lookup, Workspace workspace,
            ActivityLog activity,
            Tags tags, Checklists checklists, Comments comments, Attachments attachments, de.laufzettel.agenda.Agenda agenda,
            Reads reads, @Value("${laufzettel.max-upload}") DataSize maxUpload) {
        this.reads = reads;
        this.agenda = agenda;
        this.comments = comments;
        this.attachments = attachments;
        this.maxUpload = maxUpload;
        this.tags = tags;
        this.checklists = checklists;
        this.projects = projects;
        this.sections = sections;
        this.tasks = tasks;
        this.lookup = lookup;
        this.workspace = workspace;
        this.activity = activity;
    }

    @GetMapping("/{org}/projects/{id}")
    ModelAndView board(CurrentMember me, @PathVariable UUID id, Model flash, @RequestParam Map<String, String> params) {
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        return page(me, project, null, flash, BoardFilter.of(params));
    }

    @GetMapping("/{org}/projects/{id}/tasks/{number}")
    ModelAndView task(CurrentMember me, @PathVariable UUID id, @PathVariable long number, Model flash,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        if (htmx == null) {
            TaskLookup.Found found = lookup.find(me, id, number, project -> true);
            return page(me, found.project(), found.task(), flash, BoardFilter.NONE);
        }
        // Opened from a card on the board: only the dialog; the board is already on screen. What
        // the dialog shows is read in two round trips: what needs only the address, then what
        // needs the task. Each read checks access itself; nothing is shown unless both are found.
        Reads.Together first = reads.together();
        Supplier<Optional<Project>> found = first.add(projects.readAccessible(me, id));
        Supplier<Optional<Task>> foundTask = first.add(tasks.readByNumber(me, id, number));
        Supplier<List<Section>> projectSections = first.add(sections.readOf(me.organizationId(), id));
        first.run();
        Project project = found.get().orElseThrow(NotFoundException::new);
        Task task = foundTask.get().orElseThrow(NotFoundException::new);

        Reads.Together second = reads.together();
        Supplier<List<ProjectMember>> assignees = second.add(projects.readMembers(me, project));
        DialogReads parts = dialogReads(second, me, task);
        second.run();

        ModelAndView dialog = new ModelAndView("board/task-dialog");
        dialog.addObject("boardPath", "/" + me.slug() + "/projects/" + project.id());
        dialog.addObject("task", task);
        dialog.addObject("form", formOf(task));
        dialog.addObject("conflict", false);
        dialog.addObject("columns", projectSections.get().stream().map(s -> new Column(s, List.of())).toList());
        dialog.addObject("canEdit", project.canEdit());
        dialog.addObject("assignees", assignees.get());
        parts.fill(dialog);
        dialog.addObject("checklistError", null);
        dialog.addObject("commentError", null);
        dialog.addObject("canComment", project.canComment());
        dialog.addObject("me", me.userId());
        dialog.addObject("maxUpload", maxUpload.toMegabytes() + " MB");
        dialog.addObject("maxUploadBytes", maxUpload.toBytes());
        return dialog;
    }

    /** What the task dialog shows around the task, read together with other reads. */
    private record DialogReads(Supplier<List<ActivityEntry>> history, Supplier<Tags.TagChoices> tags,
            Supplier<List<Checklist>> checklists, Supplier<List<Comment>> comments, Supplier<Set<UUID>> watchers,
            Supplier<List<Attachment>> attachments, Supplier<Boolean> pinned) {

        /** A board without an open task. */
        static final DialogReads NONE = new DialogReads(List::of, () -> new Tags.TagChoices(List.of(), Set.of()),
                List::of, List::of, Set::of, List::of, () -> false);

        void fill(ModelAndView mav) {
            mav.addObject("history", history.get());
            mav.addObject("projectTags", tags.get().project());
            mav.addObject("taskTags", tags.get().onTask());
            mav.addObject("checklists", checklists.get());
            mav.addObject("comments", comments.get());
            mav.addObject("watchers", watchers.get());
            mav.addObject("attachments", attachments.get());
            mav.addObject("pinned", pinned.get());
        }
    }

    private DialogReads dialogReads(Reads.Together together, CurrentMember me, Task task) {
        return new DialogReads(together.add(activity.readOf(me.organizationId(), "task", task.id())),
                together.add(tags.readChoicesFor(me, task)), together.add(checklists.readOf(me, task)),
                together.add(comments.readOf(me, task)), together.add(comments.readWatchers(me, task)),
                together.add(attachments.readOf(me, task)),
                together.add(agenda.readPinned(me.userId(), me.organizationId(), task.id())));
    }

    /** The board's columns alone, re-fetched by browsers when a live signal says the board changed. */
    @GetMapping("/{org}/projects/{id}/columns")
    ModelAndView columns(CurrentMember me, @PathVariable UUID id, @RequestParam Map<String, String> params) {
        Project project = projects.findAccessible(me, id).orElseThrow(NotFoundException::new);
        ModelAndView mav = new ModelAndView("board/columns");
        mav.addObject("boardPath", "/" + me.slug() + "/projects/" + project.id());
        mav.addObject("columns", columns(me, project, BoardFilter.of(params), tags.of(me, project.id()),
                sections.of(me.organizationId(), project.id())));
        mav.addObject("canManage", project.canManage());
        mav.addObject("canEdit", project.canEdit());
        return mav;
    }

    private static Form formOf(Task task) {
        return Form.empty().with("title", task.title()).with("notes", task.notes())
                .with("assignee", task.assigneeId() == null ? "" : task.assigneeId().toString())
                .with("due", task.due() == null ? "" : task.due().isoDate())
                .with("dueTime", task.due() == null ? "" : task.due().isoTime());
    }

    private List<Column> columns(CurrentMember me, Project project, BoardFilter filter, List<Tag> projectTags,
            List<Section> projectSections) {
        Map<UUID, List<TaskCard>> cards = tasks.cards(me, project.id(), filter, projectTags).stream()
                .collect(Collectors.groupingBy(TaskCard::sectionId));
        return projectSections.stream()
                .map(s -> new Column(s, cards.getOrDefault(s.id(), List.of())))
                .toList();
    }

    private ModelAndView page(CurrentMember me, Project project, Task openTask, Model flash, BoardFilter filter) {
        // The page's small reads, an open task's dialog and the frame in one round trip; then the
        // cards, which need the tags.
        Reads.Together together = reads.together();
        Supplier<List<Tag>> tagList = together.add(tags.readOf(me, project.id()));
        Supplier<List<Section>> projectSections = together.add(sections.readOf(me.organizationId(), project.id()));
        Supplier<List<ProjectMember>> members = together.add(projects.readMembers(me, project));
        DialogReads dialog = openTask == null ? DialogReads.NONE : dialogReads(together, me, openTask);
        Supplier<Layout> layout = workspace.layout(together, me);
        together.run();
        List<Tag> projectTags = tagList.get();
        List<Column> columns = columns(me, project, filter, projectTags, projectSections.get());
        ModelAndView mav = new ModelAndView("board/show");
        mav.addObject("layout", layout.get());
        mav.addObject("boardPath", "/" + me.slug() + "/projects/" + project.id());
        mav.addObject("project", project);
        mav.addObject("canManage", project.canManage());
        mav.addObject("canEdit", project.canEdit());
        mav.addObject("columns", columns);
        mav.addObject("openTask", openTask);
        Object form = flash.getAttribute("taskForm");
        mav.addObject("taskForm", form instanceof Form f ? f : openTask == null ? Form.empty() : formOf(openTask));
        mav.addObject("assignees", members.get());
        mav.addObject("filter", filter);
        mav.addObject("allTags", projectTags);
        dialog.fill(mav);
        mav.addObject("checklistError", flash.getAttribute("checklistError"));
        mav.addObject("commentError", flash.getAttribute("commentError"));
        mav.addObject("canComment", project.canComment());
        mav.addObject("me", me.userId());
        mav.addObject("maxUpload", maxUpload.toMegabytes() + " MB");
        mav.addObject("maxUploadBytes", maxUpload.toBytes());
        mav.addObject("conflict", Boolean.TRUE.equals(flash.getAttribute("conflict")));
        mav.addObject("quickAddError", flash.getAttribute("quickAddError"));
        mav.addObject("sectionError", flash.getAttribute("sectionError"));
        return mav;
    }
}
