package de.laufzettel.web;

/** The letters an avatar shows for a person: first and last name's initials. */
public final class Initials {
    private Initials() {
    }

    /** "Anna Amtmann" → "AA", "Ben" → "B", blank → "?". */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] parts = name.strip().split("\\s+");
        String first = parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase();
    }
}
