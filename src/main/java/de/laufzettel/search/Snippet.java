package de.laufzettel.search;

import java.util.ArrayList;
import java.util.List;

/** Splits a snippet at its markers into plain and highlighted pieces, which the template escapes. */
public final class Snippet {
    private Snippet() {
    }

    public record Part(String text, boolean marked) {
    }

    public static List<Part> parts(String snippet) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), marked));
                    text.setLength(0);
                }
                marked = c == SearchHit.MARK_START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), marked));
        }
        return parts;
    }
}
