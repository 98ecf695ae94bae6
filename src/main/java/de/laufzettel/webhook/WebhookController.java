package de.laufzettel.webhook;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.project.Project;
import de.laufzettel.project.Projects;
import de.laufzettel.web.Form;
import de.laufzettel.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A project's webhooks, for its admins (and the organisation's): register, pause, delete, send a
 * test event, read the delivery log. Others get 404 (cannot see the project) or 403.
 */
@Controller
class WebhookController {
    static final int PER_PROJECT_MAX = 20;
    static final int LOG_SIZE = 50;

    private final Projects projects;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final Outbox outbox;
    private final WebhookTargets targets;
    private final Workspace workspace;

    WebhookController(Projects projects, Webhooks webhooks, Deliveries deliveries, Outbox outbox,
            WebhookTargets targets, Workspace workspace) {
        this.projects = projects;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.targets = targets;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/projects/{id}/webhooks")
    ModelAndView index(CurrentMember me, @PathVariable UUID id, @RequestParam(required = false) UUID sent) {
        return page(me, projects.manageable(me, id), Form.empty(), null, sent, HttpStatus.OK);
    }

    @PostMapping("/{org}/projects/{id}/webhooks")
    ModelAndView create(CurrentMember me, @PathVariable UUID id, @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) List<String> event) {
        Project project = projects.manageable(me, id);
        Form form = Form.empty().with("url", url).requireText("url", WebhookTargets.URL_MAX);
        List<String> chosen = event == null ? List.of() : event;
        List<WebhookEvent> events = WebhookEvent.CHOOSABLE.stream().filter(e -> chosen.contains(e.code())).toList();
        if (events.isEmpty() || chosen.stream().anyMatch(code -> WebhookEvent.of(code).isEmpty())) {
            form.reject("event", "webhook.eventsRequired");
        }
        if (!form.hasError("url")) {
            targets.refusal(form.value("url")).ifPresent(reason -> form.reject("url", reason));
        }
        if (webhooks.of(me, project).size() >= PER_PROJECT_MAX) {
            form.reject("url", "webhook.tooMany");
        }
        if (form.hasErrors()) {
            // The chosen events come back too, so a mistyped address does not reset them.
            return page(me, project, form.with("events", String.join(",", chosen)), null, null,
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String secret = webhooks.create(me, project, form.value("url"), events);
        return page(me, project, Form.empty(), secret, null, HttpStatus.OK);
    }

    @PutMapping("/{org}/projects/{id}/webhooks/{webhookId}")
    String update(CurrentMember me, @PathVariable UUID id, @PathVariable UUID webhookId,
            @RequestParam(defaultValue = "true") boolean active) {
        Project project = projects.manageable(me, id);
        if (!webhooks.setActive(me, project, webhookId, active)) {
            throw new NotFoundException();
        }
        return redirect(me, project, "#webhook-" + webhookId);
    }

    @DeleteMapping("/{org}/projects/{id}/webhooks/{webhookId}")
    String delete(CurrentMember me, @PathVariable UUID id, @PathVariable UUID webhookId) {
        Project project = projects.manageable(me, id);
        if (!webhooks.delete(me, project, webhookId)) {
            throw new NotFoundException();
        }
        return redirect(me, project, "");
    }

    /** "Testereignis senden": a ping through the same queue as every event. */
    @PostMapping("/{org}/projects/{id}/webhooks/{webhookId}/pings")
    @Transactional
    String ping(CurrentMember me, @PathVariable UUID id, @PathVariable UUID webhookId) {
        Project project = projects.manageable(me, id);
        Webhook webhook = webhooks.find(me, project, webhookId).orElseThrow(NotFoundException::new);
        outbox.ping(me, project, webhook);
        return redirect(me, project, "?sent=" + webhookId + "#webhook-" + webhookId);
    }

    private static String redirect(CurrentMember me, Project project, String rest) {
        return "redirect:/" + me.slug() + "/projects/" + project.id() + "/webhooks" + rest;
    }

    private ModelAndView page(CurrentMember me, Project project, Form form, String secret, UUID sent,
            HttpStatus status) {
        List<Webhook> list = webhooks.of(me, project);
        Map<UUID, List<Delivery>> logs = new LinkedHashMap<>();
        list.forEach(w -> logs.put(w.id(), deliveries.log(me.organizationId(), project.id(), w.id(), LOG_SIZE)));
        ModelAndView mav = new ModelAndView("webhook/webhooks");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("boardPath", "/" + me.slug() + "/projects/" + project.id());
        mav.addObject("project", project);
        mav.addObject("webhooks", list);
        mav.addObject("logs", logs);
        mav.addObject("form", form);
        mav.addObject("secret", secret);
        mav.addObject("sent", Optional.ofNullable(sent).filter(s -> logs.containsKey(s)).orElse(null));
        mav.addObject("chosen", new ArrayList<>(List.of(form.value("events").split(","))));
        mav.setStatus(status);
        return mav;
    }
}
