package de.laufzettel.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address under which people reach Laufzettel, for links that leave the browser (invitation
 * e-mails, calendar feeds, notification e-mails): {@code LAUFZETTEL_BASE_URL} when set, else the
 * address of the request. E-mails sent by background jobs have no request; without a base URL
 * they use the address of the latest request this node answered (a single office reaches its
 * server under one name), and before any request {@code http://localhost:<port>}.
 */
@Component
public class PublicAddress implements Filter {
    private final String baseUrl;
    private volatile String lastSeen;

    PublicAddress(@Value("${laufzettel.base-url:}") String baseUrl, @Value("${server.port:8080}") int port) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.lastSeen = "http://localhost:" + port;
    }

    public String of(HttpServletRequest request) {
        return baseUrl.isBlank() ? ServletUriComponentsBuilder.fromContextPath(request).toUriString() : baseUrl;
    }

    /** The address for links made outside any request (e-mails from background jobs). */
    public String withoutRequest() {
        return baseUrl.isBlank() ? lastSeen : baseUrl;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (baseUrl.isBlank() && request instanceof HttpServletRequest http) {
            int port = http.getServerPort();
            boolean defaultPort = ("http".equals(http.getScheme()) && port == 80)
                    || ("https".equals(http.getScheme()) && port == 443);
            String seen = http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                    + http.getContextPath();
            if (!seen.equals(lastSeen)) {
                lastSeen = seen;
            }
        }
        chain.doFilter(request, response);
    }
}
