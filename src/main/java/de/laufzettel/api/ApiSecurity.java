package de.laufzettel.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own security: only personal access tokens ({@code Authorization: Bearer lzt_…}), no
 * sessions and no cookies, hence no CSRF token either (a browser never sends a bearer token on its
 * own). Calls are limited per token ({@link RateLimit}) and in size; every refusal is problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, MessageSource messages, JsonMapper json,
            @Value("${laufzettel.api.rate-limit:50}") int perSecond,
            @Value("${laufzettel.api.max-body:1048576}") long maxBody,
            @Value("${laufzettel.max-upload}") org.springframework.util.unit.DataSize maxUpload) throws Exception {
        RateLimit limit = new RateLimit(perSecond);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ApiDescription.PATH).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problem(request, response, messages, json, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(request, response, messages, json, HttpStatus.FORBIDDEN, "api.problem.forbidden")))
                .addFilterBefore(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        // Uploads are files, bounded by the upload limit (and a little for the multipart framing).
                        long max = isUpload(request) ? maxUpload.toBytes() + 64 * 1024 : maxBody;
                        if (request.getContentLengthLong() > max) {
                            problem(request, response, messages, json, HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge", max);
                            return;
                        }
                        String header = request.getHeader("Authorization");
                        if (header != null) {
                            var caller = header.regionMatches(true, 0, "Bearer ", 0, 7)
                                    ? tokens.authenticate(header.substring(7).strip()) : java.util.Optional.<ApiTokens.Caller>empty();
                            if (caller.isEmpty()) {
                                problem(request, response, messages, json, HttpStatus.UNAUTHORIZED, "api.problem.badToken");
                                return;
                            }
                            long wait = limit.take(caller.get().tokenId());
                            if (wait > 0) {
                                response.setHeader("Retry-After", Long.toString(wait));
                                problem(request, response, messages, json, HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooMany", wait);
                                return;
                            }
                            // Scopes are checked where the work is done (Caller.reading/writing).
                            SecurityContextHolder.getContext().setAuthentication(
                                    UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, List.of()));
                        }
                        chain.doFilter(new LimitedBody(request, max), response);
                    }
                }, AuthorizationFilter.class);
        return http.build();
    }

    private static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/attachments")
                && request.getContentType() != null && request.getContentType().startsWith("multipart/");
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
            JsonMapper json, HttpStatus status, String key, Object... args) throws IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(ApiProblems.body(messages, request, status, key, args)));
    }
}
