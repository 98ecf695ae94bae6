package de.laufzettel.notification;

import de.laufzettel.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * One-click unsubscribe from an e-mail, without signing in; the signed token in the address is the
 * permission. Opening the link only asks (mail scanners open links); the button, or a mail program
 * following RFC 8058, sends the POST that unsubscribes. That POST needs no CSRF token, since it
 * carries its own secret and can only switch e-mails off.
 */
@Controller
class UnsubscribeController {
    private final UnsubscribeLinks links;
    private final NotificationSettings settings;

    UnsubscribeController(UnsubscribeLinks links, NotificationSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    @GetMapping("/unsubscribe/{token}")
    ModelAndView ask(@PathVariable String token) {
        UnsubscribeLinks.Target target = links.read(token).orElseThrow(NotFoundException::new);
        var mav = new ModelAndView("notification/unsubscribe");
        mav.addObject("token", token);
        mav.addObject("kind", target.kind() == null ? "digest" : target.kind().key());
        mav.addObject("done", false);
        return mav;
    }

    @PostMapping("/unsubscribe/{token}")
    ModelAndView unsubscribe(@PathVariable String token) {
        UnsubscribeLinks.Target target = links.read(token).orElseThrow(NotFoundException::new);
        settings.unsubscribe(target);
        var mav = new ModelAndView("notification/unsubscribe");
        mav.addObject("token", token);
        mav.addObject("kind", target.kind() == null ? "digest" : target.kind().key());
        mav.addObject("done", true);
        return mav;
    }
}
