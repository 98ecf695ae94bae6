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
        return text(messages, LocaleContextHolder.getLocale(), key, args);
    }

    /** {@link #t} with the message source and language given; package-private for its test. */
    static String text(MessageSource messages, Locale locale, String key, Object... args) {
        if (cacheable(args)) {
            return TEXTS.get(new Text(locale, key, List.of(args)),
                    text -> messages.getMessage(text.key(), args, text.key(), text.locale()));
        }
        if (!withText(args)) {
            return messages.getMessage(key, args, key, locale);
        }
        // Texts with names or titles in them ("„{0}“ verschieben nach", once per task on a page):
        // the text is formatted once with markers in their place, and the markers are replaced.
        Object[] marked = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            marked[i] = args[i] instanceof String ? "" + MARK + i + MARK : args[i];
        }
        String pattern = TEXTS.get(new Text(locale, key, List.of(marked)),
                text -> messages.getMessage(text.key(), marked, text.key(), text.locale()));
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int from = 0;
        for (int at = pattern.indexOf(MARK); at >= 0; at = pattern.indexOf(MARK, from)) {
            int end = pattern.indexOf(MARK, at + 1);
            out.append(pattern, from, at).append(args[Integer.parseInt(pattern.substring(at + 1, end))]);
            from = end + 1;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    /** Marks where a text argument goes; a character from Unicode's private use area, never typed. */
    private static final char MARK = '\uE000';

    private static boolean withText(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof Integer || arg instanceof Long || arg instanceof String)
                    || (arg instanceof String text && text.indexOf(MARK) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /*
     * A board repeats the same few texts on every card ("2 Kommentare", "Zuständig"), and Java's
     * MessageFormat is slow and formats under a lock: a quarter of a board page's time. Texts
     * without arguments or with numbers only are therefore kept once formatted; texts with names
     * or titles are kept with markers in their place (see t), so the memory stays small and bounded.
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

    /** A moment as people read it, short, in the municipality's time zone and their language: "24.11.26, 14:30". */
    public static String dateTime(java.time.OffsetDateTime at) {
        Locale locale = Locale.of(lang());
        return at.atZoneSameInstant(ZONE).toLocalDateTime().format(DATE_TIMES.computeIfAbsent(locale,
                l -> java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withLocale(l)));
    }

    /** German municipalities work in one time zone (the same as {@code task.Due.ZONE}). */
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Berlin");
    private static final java.util.Map<Locale, java.time.format.DateTimeFormatter> DATE_TIMES =
            new java.util.concurrent.ConcurrentHashMap<>();

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
