package de.laufzettel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address under which people reach Laufzettel, for links that leave the browser (invitation
 * e-mails, calendar feeds, notification e-mails): {@code LAUFZETTEL_BASE_URL} when set, else the
 * address of the request.
 *
 * <p>E-mails sent by background jobs have no request, and an address learnt from some earlier
 * request is not to be trusted: its Host header is whatever the client sent, so anyone could
 * point every later e-mail's links at a site of their choosing. Without the base URL those e-mails
 * are therefore not sent (the notification settings tell admins).
 */
@Component
public class PublicAddress {
    private final Environment environment;

    PublicAddress(Environment environment) {
        this.environment = environment;
    }

    public String of(HttpServletRequest request) {
        return configured().orElseGet(() -> ServletUriComponentsBuilder.fromContextPath(request).toUriString());
    }

    /**
     * The configured base URL, for links made outside any request. Read when asked, so that it may
     * refer to other settings (the tests use the server's random port).
     */
    public Optional<String> configured() {
        String base = environment.getProperty("laufzettel.base-url", "").replaceAll("/+$", "");
        return base.isBlank() ? Optional.empty() : Optional.of(base);
    }
}
