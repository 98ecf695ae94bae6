package de.laufzettel.account;

import de.laufzettel.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs an account in: after the login form, and right after sign-up or accepting an invitation. */
@Component
public class SignIn {
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Languages languages;

    SignIn(Languages languages) {
        this.languages = languages;
    }

    /** The authentication a signed-in account carries. */
    public static UsernamePasswordAuthenticationToken authentication(Account account) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(account.id(), account.email()), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    /** Signs in without a password, for someone who has just proven who they are. */
    public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        // A new session ID at every sign-in, so that a planted session ID is worth nothing.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(account));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        languages.use(account.locale(), request, response);
    }
}
