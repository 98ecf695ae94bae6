package de.laufzettel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Helpers that every template needs: localised texts and the CSRF token of the current request.
 * Templates import them statically ({@code @import static de.laufzettel.web.View.*}) so that no
 * controller has to pass them along; see docs/decisions.md.
 */
@Component
public final class View {

    private static volatile MessageSource messages;

    View(MessageSource messageSource) {
        messages = messageSource;
    }

    /** The text for {@code key} in the current user's language. */
    public static String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The current language as a two-letter code, for {@code <html lang>}. */
    public static String lang() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? "en" : "de";
    }

    /** The CSRF token to put into forms and into the meta tag that htmx reads. */
    public static String csrfToken() {
        CsrfToken token = (CsrfToken) currentRequest().getAttribute(CsrfToken.class.getName());
        return token == null ? "" : token.getToken();
    }

    /** The path of the current request, to mark the active navigation entry. */
    public static String path() {
        return currentRequest().getRequestURI();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
