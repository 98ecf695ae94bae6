package de.laufzettel.activity;

import java.time.OffsetDateTime;
import java.util.Map;

/** One line of a history: who did what, when, with the details of the change. */
public record ActivityEntry(String actorName, String action, Map<String, Object> details, OffsetDateTime at) {

    /** A detail's old and new value, for changes recorded as {from, to}; null when absent. */
    @SuppressWarnings("unchecked")
    public String[] change(String key) {
        Object value = details.get(key);
        if (value instanceof Map<?, ?> map) {
            return new String[] {String.valueOf(((Map<String, Object>) map).get("from")),
                    String.valueOf(((Map<String, Object>) map).get("to"))};
        }
        return null;
    }

    public boolean has(String key) {
        return details.containsKey(key);
    }
}
