package de.laufzettel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Sets the language of a session, for the login and the profile. */
@Component
public class Languages {
    private final LocaleResolver resolver;

    Languages(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    /** Whether {@code code} is a language Laufzettel speaks. */
    /** The supported language an {@code Accept-Language} header prefers; German when none (or unreadable). */
    public static java.util.Locale preferred(String acceptLanguage) {
        try {
            if (acceptLanguage != null && !acceptLanguage.isBlank()) {
                java.util.Locale found = java.util.Locale.lookup(java.util.Locale.LanguageRange.parse(acceptLanguage),
                        LocaleConfiguration.SUPPORTED);
                if (found != null) {
                    return found;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a broken Accept-Language header is no reason to fail the request
        }
        return java.util.Locale.GERMAN;
    }

    public static boolean isSupported(String code) {
        return "de".equals(code) || "en".equals(code);
    }

    /** Uses {@code code} ("de" or "en") for the rest of this session. */
    public void use(String code, HttpServletRequest request, HttpServletResponse response) {
        resolver.setLocale(request, response, Locale.forLanguageTag(isSupported(code) ? code : "de"));
    }
}
