package de.laufzettel.organization;

import de.laufzettel.account.Account;
import de.laufzettel.account.Accounts;
import de.laufzettel.account.PasswordRules;
import de.laufzettel.account.SignIn;
import de.laufzettel.account.SignedInUser;
import de.laufzettel.web.EmailAddresses;
import de.laufzettel.web.Form;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sign-up founds an organisation and makes its first admin. A signed-in account founds a further
 * organisation the same way, without typing its details again.
 */
@Controller
class SignupController {
    private final Organizations organizations;
    private final Accounts accounts;
    private final SignIn signIn;
    private final TransactionTemplate tx;

    SignupController(Organizations organizations, Accounts accounts, SignIn signIn, TransactionTemplate tx) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.signIn = signIn;
        this.tx = tx;
    }

    @GetMapping("/signup")
    ModelAndView form(@AuthenticationPrincipal SignedInUser user) {
        return page(Form.empty(), user, HttpStatus.OK);
    }

    @PostMapping("/signup")
    ModelAndView signUp(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String organizationName, @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response) {
        Form form = Form.empty().with("organizationName", organizationName)
                .with("slug", slug.isBlank() ? Slugs.suggest(organizationName) : slug.strip())
                .with("name", name).with("email", email).with("password", password)
                .requireText("organizationName", 200);
        String slugProblem = Slugs.problem(form.value("slug"));
        if (slugProblem != null) {
            form.reject("slug", slugProblem);
        } else if (organizations.slugTaken(form.value("slug"))) {
            form.reject("slug", "validation.slug.taken");
        }
        if (user == null) {
            form.requireText("name", 200);
            EmailAddresses.check(form, "email");
            if (!form.hasError("email") && accounts.findByEmail(form.value("email")).isPresent()) {
                form.reject("email", "signup.email.taken");
            }
            PasswordRules.check(form, "password");
        }
        if (form.hasErrors()) {
            return page(form, user, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        try {
            Organization org = tx.execute(status -> {
                Account founder = user != null ? accounts.findById(user.id()).orElseThrow()
                        : accounts.create(form.value("email"), form.value("name"), password,
                                LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "de");
                Organization created = organizations.found(form.value("organizationName"), form.value("slug"), founder);
                if (user == null) {
                    signIn.signIn(founder, request, response);
                }
                return created;
            });
            return new ModelAndView("redirect:/" + org.slug() + "/projects");
        } catch (DuplicateKeyException raceLost) {
            // Someone took the slug or e-mail address between our check and our insert.
            form.reject("slug", "validation.slug.taken");
            return page(form, user, HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private static ModelAndView page(Form form, SignedInUser user, HttpStatus status) {
        ModelAndView mav = new ModelAndView("organization/signup");
        mav.addObject("form", form);
        mav.addObject("signedIn", user != null);
        mav.setStatus(status);
        return mav;
    }
}
