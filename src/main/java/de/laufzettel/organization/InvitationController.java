package de.laufzettel.organization;

import de.laufzettel.account.Accounts;
import de.laufzettel.web.EmailAddresses;
import de.laufzettel.web.ForbiddenException;
import de.laufzettel.web.Form;
import de.laufzettel.web.NotFoundException;
import de.laufzettel.web.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins invite people by e-mail and see or revoke pending invitations. */
@Controller
class InvitationController {
    private final Invitations invitations;
    private final Memberships memberships;
    private final Accounts accounts;
    private final InvitationMailer mailer;
    private final Workspace workspace;
    private final PublicAddress address;

    InvitationController(Invitations invitations, Memberships memberships, Accounts accounts, InvitationMailer mailer,
            Workspace workspace, PublicAddress address) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.mailer = mailer;
        this.workspace = workspace;
        this.address = address;
    }

    @GetMapping("/{org}/invitations")
    ModelAndView index(CurrentMember me) {
        return page(me, Form.empty().with("role", "member"), HttpStatus.OK);
    }

    @PostMapping("/{org}/invitations")
    ModelAndView create(CurrentMember me, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "member") String role, HttpServletRequest request,
            RedirectAttributes flash) {
        requireAdmin(me);
        Form form = Form.empty().with("email", email).with("role", role);
        EmailAddresses.check(form, "email");
        Role chosen = Role.fromCode(role);
        if (chosen == null) {
            form.reject("role", "validation.role");
        }
        if (!form.hasError("email")) {
            accounts.findByEmail(form.value("email"))
                    .filter(a -> memberships.isActiveMember(me.organizationId(), a.id()))
                    .ifPresent(a -> form.reject("email", "invitation.alreadyMember"));
        }
        if (form.hasErrors()) {
            return page(me, form, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String normalized = Accounts.normalizeEmail(form.value("email"));
        Invitations.Created created = invitations.invite(me, normalized, chosen);
        String link = address.of(request) + "/invitations/" + created.token();
        String inviter = accounts.findById(me.userId()).map(a -> a.name()).orElse("");
        boolean mailed = mailer.send(normalized, me.organization().name(), inviter, link,
                LocaleContextHolder.getLocale());
        flash.addFlashAttribute("createdLink", link);
        flash.addFlashAttribute("createdEmail", normalized);
        flash.addFlashAttribute("mailed", mailed);
        return new ModelAndView("redirect:/" + me.slug() + "/invitations");
    }

    @GetMapping("/{org}/invitations/{id}")
    ModelAndView show(CurrentMember me, @PathVariable UUID id) {
        requireAdmin(me);
        InvitationSummary invitation = invitations.find(me.organizationId(), id).orElseThrow(NotFoundException::new);
        ModelAndView mav = new ModelAndView("organization/invitation");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("invitation", invitation);
        return mav;
    }

    @DeleteMapping("/{org}/invitations/{id}")
    String revoke(CurrentMember me, @PathVariable UUID id) {
        requireAdmin(me);
        invitations.find(me.organizationId(), id).orElseThrow(NotFoundException::new);
        invitations.revoke(me, id);
        return "redirect:/" + me.slug() + "/invitations";
    }

    private ModelAndView page(CurrentMember me, Form form, HttpStatus status) {
        requireAdmin(me);
        ModelAndView mav = new ModelAndView("organization/invitations");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("form", form);
        mav.addObject("pending", invitations.pending(me.organizationId()));
        mav.addObject("mailConfigured", mailer.configured());
        mav.setStatus(status);
        return mav;
    }

    static void requireAdmin(CurrentMember me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
