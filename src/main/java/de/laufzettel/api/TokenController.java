package de.laufzettel.api;

import de.laufzettel.organization.CurrentMember;
import de.laufzettel.organization.Workspace;
import de.laufzettel.web.Form;
import de.laufzettel.web.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "API-Tokens" of an organisation: members make and revoke their own (the new token is shown once,
 * on the answer to the form); admins also see and revoke everyone's. Linked from the profile.
 */
@Controller
class TokenController {
    static final int NAME_MAX = 200;

    private final ApiTokens tokens;
    private final Workspace workspace;

    TokenController(ApiTokens tokens, Workspace workspace) {
        this.tokens = tokens;
        this.workspace = workspace;
    }

    @GetMapping("/{org}/tokens")
    ModelAndView page(CurrentMember me) {
        return page(me, Form.empty(), null, HttpStatus.OK);
    }

    @PostMapping("/{org}/tokens")
    ModelAndView create(CurrentMember me, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expires, @RequestParam(required = false) List<String> scope) {
        Form form = Form.empty().with("name", name).with("expires", expires).requireText("name", NAME_MAX);
        Set<String> scopes = new TreeSet<>(scope == null ? List.of() : scope);
        if (scopes.isEmpty() || !Set.of("read", "write").containsAll(scopes)) {
            form.reject("scope", "tokens.scopeRequired");
        }
        LocalDate expiry = null;
        if (!expires.isBlank()) {
            try {
                expiry = LocalDate.parse(expires.strip());
                if (!expiry.isAfter(LocalDate.now(de.laufzettel.task.Due.ZONE))) {
                    form.reject("expires", "tokens.expiresInPast");
                }
            } catch (DateTimeParseException e) {
                form.reject("expires", "validation.date");
            }
        }
        if (form.hasErrors()) {
            // The choice of scopes comes back too, so that a wrong date does not reset it.
            return page(me, form.with("scopes", String.join(",", scopes)), null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String token = tokens.create(me, form.value("name"), scopes, expiry);
        return page(me, Form.empty(), token, HttpStatus.OK);
    }

    @DeleteMapping("/{org}/tokens/{id}")
    String revoke(CurrentMember me, @PathVariable UUID id) {
        if (!tokens.revoke(me, id)) {
            throw new NotFoundException();
        }
        return "redirect:/" + me.slug() + "/tokens";
    }

    private ModelAndView page(CurrentMember me, Form form, String created, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("layout", workspace.layout(me));
        model.put("slug", me.slug());
        model.put("form", form);
        model.put("created", created);
        model.put("mine", tokens.of(me));
        model.put("all", me.isAdmin() ? tokens.ofOrganization(me) : List.of());
        ModelAndView mav = new ModelAndView("api/tokens", model);
        mav.setStatus(status);
        return mav;
    }
}
