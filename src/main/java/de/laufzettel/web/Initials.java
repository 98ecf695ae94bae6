package de.laufzettel.web;

/** The letters an avatar shows for a person: first and last name's initials. */
public final class Initials {
    private Initials() {
    }

    /** "Anna Amtmann" → "AA", "Ben" → "B", blank → "?". Cheap: a board asks for it on every card. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String s = name.strip();
        int lastSpace = -1;
        for (int i = s.length() - 1; i > 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                lastSpace = i;
                break;
            }
        }
        StringBuilder initials = new StringBuilder(4).appendCodePoint(s.codePointAt(0));
        if (lastSpace > 0) {
            initials.appendCodePoint(s.codePointAt(lastSpace + 1));
        }
        return initials.toString().toUpperCase();
    }
}
