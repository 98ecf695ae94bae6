package de.laufzettel.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address under which people reach Laufzettel, for links that leave the browser (invitation
 * e-mails, calendar feeds): {@code LAUFZETTEL_BASE_URL} when set, else the address of the request.
 */
@Component
public class PublicAddress {
    private final String baseUrl;

    PublicAddress(@Value("${laufzettel.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public String of(HttpServletRequest request) {
        return baseUrl.isBlank() ? ServletUriComponentsBuilder.fromContextPath(request).toUriString() : baseUrl;
    }
}
