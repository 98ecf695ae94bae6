package de.laufzettel.auth;

import de.laufzettel.account.Accounts;
import de.laufzettel.account.SignedInUser;
import de.laufzettel.web.Languages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, and the headers an authority's IT security officer will check. The CSP
 * allows scripts and styles from our own origin only: no inline scripts anywhere.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No observations of Spring Security's filters, logins and access decisions. Request metrics
     * stay (http.server.requests); timing each filter on every request cost a tenth of the CPU
     * under load and tells an operator nothing they need. Turned off here rather than with
     * {@code management.observations.enable.spring.security=false}: that property only makes the
     * observations empty, and each of the chain's filters was still wrapped to ask, on every request
     * (about 2 % of the server's CPU for "Meine Aufgaben", in a profile).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, Accounts accounts, Languages languages,
            @Value("${laufzettel.metrics.token:}") String metricsToken) throws Exception {
        // Our provider is the only one, without a parent manager, so that a failure is counted once.
        http.authenticationManager(new ProviderManager(new PasswordLogin(accounts, throttle)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/signup", "/invitations/*", "/invitations/*/acceptance",
                                "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/calendar/*", "/unsubscribe/*", "/api-docs").permitAll()
                        .requestMatchers("/actuator/prometheus").access(operatorToken(metricsToken))
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().authenticated())
                // One-click unsubscribe (RFC 8058): mail programs POST without a CSRF token; the
                // signed token in the address is the permission, and it can only switch e-mail off.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/*"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new SavedRequestAwareAuthenticationSuccessHandler() {
                            @Override
                            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
                                    jakarta.servlet.http.HttpServletResponse response,
                                    org.springframework.security.core.Authentication authentication)
                                    throws java.io.IOException, jakarta.servlet.ServletException {
                                SignedInUser user = (SignedInUser) authentication.getPrincipal();
                                accounts.findById(user.id()).ifPresent(a -> languages.use(a.locale(), request, response));
                                super.onAuthenticationSuccess(request, response, authentication);
                            }
                        })
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?loggedOut")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** People are sent to the login page; monitoring tools get a plain 401. */
    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else if (request.getHeader("HX-Request") != null) {
                // An expired session during an htmx update: take the whole page to the login.
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    /** Prometheus metrics only for operators who send the configured bearer token; none when unset. */
    private static AuthorizationManager<RequestAuthorizationContext> operatorToken(String token) {
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return (authentication, context) -> {
            String header = context.getRequest().getHeader("Authorization");
            boolean ok = !token.isBlank() && header != null
                    && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
            return new AuthorizationDecision(ok);
        };
    }
}
