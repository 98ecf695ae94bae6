package de.laufzettel.organization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The short name of an organisation in its URLs, like {@code musterstadt} in {@code /musterstadt/projects}. */
final class Slugs {
    static final int MAX_LENGTH = 50;
    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");
    // First path segments that belong to Laufzettel itself and so can never name an organisation.
    private static final Set<String> RESERVED = Set.of("login", "logout", "signup", "profile", "invitations",
            "actuator", "api", "webjars", "css", "js", "img", "static", "error", "admin", "favicon.ico",
            "health", "metrics", "settings", "help", "docs", "assets");

    private Slugs() {
    }

    /** A slug derived from an organisation's name: "Stadt Musterstädt" becomes "stadt-musterstaedt". */
    static String suggest(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return s;
    }

    /** The message key of what is wrong with {@code slug}, or null when it is fine. */
    static String problem(String slug) {
        if (slug.isEmpty()) {
            return "validation.required";
        }
        if (slug.length() > MAX_LENGTH) {
            return "validation.tooLong.50";
        }
        if (!VALID.matcher(slug).matches()) {
            return "validation.slug.format";
        }
        return RESERVED.contains(slug) ? "validation.slug.reserved" : null;
    }
}
