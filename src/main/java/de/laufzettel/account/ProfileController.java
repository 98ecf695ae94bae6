package de.laufzettel.account;

import de.laufzettel.web.Form;
import de.laufzettel.web.Languages;
import de.laufzettel.web.Layouts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own name, language and password. */
@Controller
class ProfileController {
    private final Accounts accounts;
    private final Languages languages;
    private final Layouts layouts;

    ProfileController(Accounts accounts, Languages languages, Layouts layouts) {
        this.accounts = accounts;
        this.languages = languages;
        this.layouts = layouts;
    }

    @GetMapping("/profile")
    ModelAndView show(@AuthenticationPrincipal SignedInUser user) {
        Account account = accounts.findById(user.id()).orElseThrow();
        return page(user, Form.empty().with("name", account.name()).with("locale", account.locale()),
                Form.empty(), HttpStatus.OK);
    }

    @PutMapping("/profile")
    ModelAndView update(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String locale, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        Form form = Form.empty().with("name", name).with("locale", locale).requireText("name", 200);
        if (!Languages.isSupported(locale)) {
            form.reject("locale", "validation.locale");
        }
        if (form.hasErrors()) {
            return page(user, form, Form.empty(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        accounts.updateProfile(user.id(), form.value("name"), locale);
        languages.use(locale, request, response);
        flash.addFlashAttribute("saved", "profile.saved");
        return new ModelAndView("redirect:/profile");
    }

    @PostMapping("/profile/password")
    ModelAndView changePassword(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            RedirectAttributes flash) {
        Form passwordForm = Form.empty().with("newPassword", newPassword);
        if (!accounts.passwordMatches(user.id(), currentPassword)) {
            passwordForm.reject("currentPassword", "profile.password.wrong");
        }
        PasswordRules.check(passwordForm, "newPassword");
        if (passwordForm.hasErrors()) {
            Account account = accounts.findById(user.id()).orElseThrow();
            return page(user, Form.empty().with("name", account.name()).with("locale", account.locale()),
                    passwordForm, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        accounts.changePassword(user.id(), newPassword);
        flash.addFlashAttribute("saved", "profile.password.changed");
        return new ModelAndView("redirect:/profile");
    }

    private ModelAndView page(SignedInUser user, Form form, Form passwordForm, HttpStatus status) {
        ModelAndView mav = new ModelAndView("account/profile");
        mav.addObject("layout", layouts.outsideOrganization(user.id()));
        mav.addObject("form", form);
        mav.addObject("passwordForm", passwordForm);
        mav.addObject("email", user.email());
        mav.setStatus(status);
        return mav;
    }
}
