package de.laufzettel.organization;

import de.laufzettel.account.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page leads straight to the work: the first organisation's projects. */
@Controller
class HomeController {
    private final Memberships memberships;

    HomeController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return "redirect:/login";
        }
        return memberships.organizationsOf(user.id()).stream().findFirst()
                .map(org -> "redirect:/" + org.slug() + "/projects")
                .orElse("redirect:/signup");
    }
}
