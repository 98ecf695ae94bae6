package de.laufzettel.organization;

import de.laufzettel.account.Account;
import de.laufzettel.account.Accounts;
import de.laufzettel.account.PasswordRules;
import de.laufzettel.account.SignIn;
import de.laufzettel.account.SignedInUser;
import de.laufzettel.web.Form;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The invitee's side of an invitation: a new person sets name and password; someone with an
 * account signs in (and comes back here) or, signed in already, joins with one click.
 */
@Controller
class InvitationAcceptanceController {
    private final Invitations invitations;
    private final Accounts accounts;
    private final Organizations organizations;
    private final SignIn signIn;
    private final TransactionTemplate tx;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    InvitationAcceptanceController(Invitations invitations, Accounts accounts, Organizations organizations,
            SignIn signIn, TransactionTemplate tx) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.organizations = organizations;
        this.signIn = signIn;
        this.tx = tx;
    }

    @GetMapping("/invitations/{token}")
    ModelAndView show(@PathVariable String token, @AuthenticationPrincipal SignedInUser user,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Invitations.Found> found = invitations.findByToken(token).filter(Invitations.Found::usable);
        if (found.isEmpty()) {
            return invalid();
        }
        boolean hasAccount = accounts.findByEmail(found.get().email()).isPresent();
        if (user == null && hasAccount) {
            // After signing in, the login brings the invitee back to this page.
            requestCache.saveRequest(request, response);
        }
        return page(found.get(), token, user, hasAccount, Form.empty(), HttpStatus.OK);
    }

    @PostMapping("/invitations/{token}/acceptance")
    ModelAndView accept(@PathVariable String token, @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Invitations.Found> found = invitations.findByToken(token).filter(Invitations.Found::usable);
        if (found.isEmpty()) {
            return invalid();
        }
        Invitations.Found invitation = found.get();
        boolean hasAccount = accounts.findByEmail(invitation.email()).isPresent();
        Form form = Form.empty().with("name", name).with("password", password);
        if (user == null) {
            if (hasAccount) {
                return page(invitation, token, null, true, form, HttpStatus.UNPROCESSABLE_CONTENT);
            }
            form.requireText("name", 200);
            PasswordRules.check(form, "password");
            if (form.hasErrors()) {
                return page(invitation, token, null, false, form, HttpStatus.UNPROCESSABLE_CONTENT);
            }
        }
        String locale = LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "de";
        Account joined = tx.execute(status -> {
            Account account = user != null ? accounts.findById(user.id()).orElseThrow()
                    : accounts.create(invitation.email(), form.value("name"), password, locale);
            if (!invitations.accept(invitation, account.id())) {
                status.setRollbackOnly();
                return null;
            }
            return account;
        });
        if (joined == null) {
            return invalid();
        }
        if (user == null) {
            signIn.signIn(joined, request, response);
        }
        String slug = organizations.of(joined.id()).stream()
                .filter(o -> o.id().equals(invitation.organizationId())).findFirst()
                .map(Organization::slug).orElseThrow();
        return new ModelAndView("redirect:/" + slug + "/projects");
    }

    private static ModelAndView page(Invitations.Found invitation, String token, SignedInUser user,
            boolean hasAccount, Form form, HttpStatus status) {
        ModelAndView mav = new ModelAndView("organization/accept");
        mav.addObject("organizationName", invitation.organizationName());
        mav.addObject("email", invitation.email());
        mav.addObject("token", token);
        mav.addObject("signedIn", user != null);
        mav.addObject("hasAccount", hasAccount);
        mav.addObject("form", form);
        mav.setStatus(status);
        return mav;
    }

    private static ModelAndView invalid() {
        ModelAndView mav = new ModelAndView("organization/invitation-invalid");
        mav.setStatus(HttpStatus.GONE);
        return mav;
    }
}
