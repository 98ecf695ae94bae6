package de.laufzettel.calendar;

import de.laufzettel.account.SignedInUser;
import de.laufzettel.web.NotFoundException;
import de.laufzettel.web.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feed (for Thunderbird, Outlook, Nextcloud): reachable without signing in, by its
 * secret address alone; created, renewed (which revokes the old address) and deleted in the profile.
 */
@Controller
class CalendarController {
    private final CalendarFeeds feeds;
    private final de.laufzettel.web.Layouts layouts;
    private final PublicAddress address;

    CalendarController(CalendarFeeds feeds, de.laufzettel.web.Layouts layouts, PublicAddress address) {
        this.feeds = feeds;
        this.layouts = layouts;
        this.address = address;
    }

    @GetMapping("/profile/calendar")
    org.springframework.web.servlet.ModelAndView page(@AuthenticationPrincipal SignedInUser user) {
        var mav = new org.springframework.web.servlet.ModelAndView("calendar/page");
        mav.addObject("layout", layouts.outsideOrganization(user.id()));
        mav.addObject("exists", feeds.exists(user.id()));
        return mav;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        var account = feeds.owner(token).orElseThrow(NotFoundException::new);
        String body = ICalendar.of("Laufzettel", address.of(request), feeds.entries(account));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "private, max-age=300")
                .body(body);
    }

    /** A new address; shown once on the profile page, since only its hash is kept. */
    @PostMapping("/profile/calendar")
    String renew(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("calendarUrl", address.of(request) + "/calendar/" + feeds.renew(user.id()) + ".ics");
        flash.addFlashAttribute("saved", "calendar.created");
        return "redirect:/profile/calendar";
    }

    @DeleteMapping("/profile/calendar")
    String delete(@AuthenticationPrincipal SignedInUser user, RedirectAttributes flash) {
        feeds.delete(user.id());
        flash.addFlashAttribute("saved", "calendar.deleted");
        return "redirect:/profile/calendar";
    }
}
