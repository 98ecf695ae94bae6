package de.laufzettel.auth;

import de.laufzettel.account.Accounts;
import de.laufzettel.account.SignIn;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks e-mail and password against the accounts, honouring the login throttle. */
class PasswordLogin implements AuthenticationProvider {
    private final Accounts accounts;
    private final LoginThrottle throttle;

    PasswordLogin(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = Accounts.normalizeEmail(attempt.getName());
        if (throttle.isLocked(email)) {
            throw new LockedException("locked");
        }
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        return accounts.authenticate(email, password)
                .map(account -> {
                    throttle.clear(email);
                    return (Authentication) SignIn.authentication(account);
                })
                .orElseThrow(() -> {
                    String address = attempt.getDetails() instanceof WebAuthenticationDetails d
                            ? d.getRemoteAddress() : null;
                    throttle.recordFailure(email, address);
                    return new BadCredentialsException("bad credentials");
                });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
