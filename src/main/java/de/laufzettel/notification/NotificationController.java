package de.laufzettel.notification;

import de.laufzettel.account.SignedInUser;
import de.laufzettel.notification.NotificationKind.MailChoice;
import de.laufzettel.web.Layouts;
import de.laufzettel.web.NotFoundException;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell, the list of notifications and the e-mail settings. */
@Controller
class NotificationController {
    private final Notifications notifications;
    private final NotificationSettings settings;
    private final NotificationMailer mailer;
    private final Layouts layouts;

    NotificationController(Notifications notifications, NotificationSettings settings, NotificationMailer mailer,
            Layouts layouts) {
        this.notifications = notifications;
        this.settings = settings;
        this.mailer = mailer;
        this.layouts = layouts;
    }

    @GetMapping("/notifications")
    ModelAndView list(@AuthenticationPrincipal SignedInUser user) {
        var mav = new ModelAndView("notification/list");
        mav.addObject("layout", layouts.outsideOrganization(user.id()));
        mav.addObject("notifications", notifications.latest(user.id()));
        return mav;
    }

    /** The bell alone, for pages that update it live. */
    @GetMapping("/notifications/bell")
    ModelAndView bell(@AuthenticationPrincipal SignedInUser user) {
        return new ModelAndView("notification/bell", Map.of("unread", notifications.unread(user.id())));
    }

    /**
     * Opens the task a notification is about and marks the notification read. A GET that changes
     * something, on purpose: it is the link in the list, it only marks the person's own
     * notification (named by an unguessable ID) as seen, and doing it twice changes nothing.
     */
    @GetMapping("/notifications/{org}/{id}")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable String org, @PathVariable UUID id) {
        Notification notification = notifications.find(user.id(), org, id).orElseThrow(NotFoundException::new);
        notifications.markRead(user.id(), notification.organizationId(), id);
        return "redirect:" + notification.taskPath();
    }

    @PostMapping("/notifications/{org}/{id}/read")
    String read(@AuthenticationPrincipal SignedInUser user, @PathVariable String org, @PathVariable UUID id) {
        Notification notification = notifications.find(user.id(), org, id).orElseThrow(NotFoundException::new);
        notifications.markRead(user.id(), notification.organizationId(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        notifications.markAllRead(user.id());
        flash.addFlashAttribute("saved", "notification.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/profile/notifications")
    ModelAndView settings(@AuthenticationPrincipal SignedInUser user) {
        var mav = new ModelAndView("notification/settings");
        mav.addObject("layout", layouts.outsideOrganization(user.id()));
        mav.addObject("choices", settings.of(user.id()));
        mav.addObject("mailConfigured", mailer.configured());
        mav.addObject("admin", settings.administersAnOrganization(user.id()));
        return mav;
    }

    /** Saves the choice for every kind; a value that is not a choice leaves that kind as it was. */
    @PostMapping("/profile/notifications")
    String save(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        for (NotificationKind kind : NotificationKind.values()) {
            MailChoice.of(form.getOrDefault(kind.key(), "")).ifPresent(choice -> settings.set(user.id(), kind, choice));
        }
        flash.addFlashAttribute("saved", "notification.settings.saved");
        return "redirect:/profile/notifications";
    }
}
