package de.laufzettel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
        Locale locale = LocaleContextHolder.getLocale();
        if (!cacheable(args)) {
            return messages.getMessage(key, args, key, locale);
        }
        return TEXTS.get(new Text(locale, key, List.of(args)),
                text -> messages.getMessage(text.key(), args, text.key(), text.locale()));
    }

    /*
     * A board repeats the same few texts on every card ("2 Kommentare", "Zuständig"), and Java's
     * MessageFormat is slow and formats under a lock: a quarter of a board page's time. Texts
     * without arguments or with numbers only are therefore kept once formatted. Texts with other
     * arguments (names, titles) are formatted each time, so the memory stays small and bounded.
     */
    private record Text(Locale locale, String key, List<Object> args) {
    }

    private static final BoundedCache<Text, String> TEXTS = new BoundedCache<>(20_000);

    private static boolean cacheable(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof Integer || arg instanceof Long)) {
                return false;
            }
        }
        return true;
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
