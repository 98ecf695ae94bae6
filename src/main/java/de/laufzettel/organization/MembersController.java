package de.laufzettel.organization;

import de.laufzettel.account.Sessions;
import de.laufzettel.activity.ActivityLog;
import de.laufzettel.web.NotFoundException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The member list; admins change roles and deactivate members. An organisation always keeps at
 * least one active admin, so it can never lock itself out.
 */
@Controller
class MembersController {
    private final Memberships memberships;
    private final Workspace workspace;
    private final Sessions sessions;
    private final ActivityLog activity;
    private final TransactionTemplate tx;

    MembersController(Memberships memberships, Workspace workspace, Sessions sessions, ActivityLog activity,
            TransactionTemplate tx) {
        this.memberships = memberships;
        this.workspace = workspace;
        this.sessions = sessions;
        this.activity = activity;
        this.tx = tx;
    }

    @GetMapping("/{org}/members")
    ModelAndView index(CurrentMember me) {
        return page(me, null, HttpStatus.OK);
    }

    @PutMapping("/{org}/members/{userId}")
    ModelAndView changeRole(CurrentMember me, @PathVariable UUID userId, @RequestParam(defaultValue = "") String role) {
        InvitationController.requireAdmin(me);
        MemberSummary member = memberships.find(me.organizationId(), userId).orElseThrow(NotFoundException::new);
        Role newRole = Role.fromCode(role);
        if (newRole == null) {
            return page(me, "validation.role", HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Boolean changed = tx.execute(status -> {
            if (newRole != Role.ADMIN && memberships.otherActiveAdmins(me.organizationId(), userId) == 0) {
                return false;
            }
            memberships.changeRole(me.organizationId(), userId, newRole);
            activity.record(me.organizationId(), me.userId(), "membership", userId, "role_changed",
                    Map.of("from", member.role().code(), "to", newRole.code()));
            return true;
        });
        return Boolean.TRUE.equals(changed) ? redirect(me) : page(me, "members.lastAdmin", HttpStatus.CONFLICT);
    }

    @PostMapping("/{org}/members/{userId}/deactivation")
    ModelAndView deactivate(CurrentMember me, @PathVariable UUID userId) {
        InvitationController.requireAdmin(me);
        memberships.find(me.organizationId(), userId).orElseThrow(NotFoundException::new);
        Boolean done = tx.execute(status -> {
            if (memberships.otherActiveAdmins(me.organizationId(), userId) == 0) {
                return false;
            }
            memberships.setDeactivated(me.organizationId(), userId, true);
            activity.record(me.organizationId(), me.userId(), "membership", userId, "deactivated", Map.of());
            return true;
        });
        if (!Boolean.TRUE.equals(done)) {
            return page(me, "members.lastAdmin", HttpStatus.CONFLICT);
        }
        // All of the person's sessions end, on every node: they sign in again to reach other organisations.
        sessions.endAll(userId);
        return me.userId().equals(userId) ? new ModelAndView("redirect:/login") : redirect(me);
    }

    @DeleteMapping("/{org}/members/{userId}/deactivation")
    ModelAndView reactivate(CurrentMember me, @PathVariable UUID userId) {
        InvitationController.requireAdmin(me);
        memberships.find(me.organizationId(), userId).orElseThrow(NotFoundException::new);
        tx.executeWithoutResult(status -> {
            memberships.setDeactivated(me.organizationId(), userId, false);
            activity.record(me.organizationId(), me.userId(), "membership", userId, "reactivated", Map.of());
        });
        return redirect(me);
    }

    private ModelAndView page(CurrentMember me, String errorKey, HttpStatus status) {
        ModelAndView mav = new ModelAndView("organization/members");
        mav.addObject("layout", workspace.layout(me));
        mav.addObject("me", me);
        mav.addObject("members", memberships.list(me.organizationId()));
        mav.addObject("error", errorKey);
        mav.setStatus(status);
        return mav;
    }

    private static ModelAndView redirect(CurrentMember me) {
        return new ModelAndView("redirect:/" + me.slug() + "/members");
    }
}
