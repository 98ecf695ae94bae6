package de.laufzettel.auth;

import de.laufzettel.account.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginController {
    @GetMapping("/login")
    ModelAndView login(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked, @RequestParam(required = false) String loggedOut) {
        if (user != null) {
            return new ModelAndView("redirect:/");
        }
        ModelAndView mav = new ModelAndView("auth/login");
        mav.addObject("message", locked != null ? "login.locked" : error != null ? "login.failed" : null);
        mav.addObject("loggedOut", loggedOut != null);
        return mav;
    }
}
