package de.laufzettel.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user typed into a form and what was wrong with it, so that a rejected form comes back
 * filled in, with a localised message next to each field.
 */
public final class Form implements java.io.Serializable {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** An empty form. */
    public static Form empty() {
        return new Form();
    }

    /** Remembers a typed value. */
    public Form with(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    /** Records an error (a message key) for a field; the first error for a field wins. */
    public Form reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The localised message for the field's error, or null. */
    public String error(String field) {
        String key = errors.get(field);
        return key == null ? null : View.t(key);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Checks the usual rules for a required single-line text and records what breaks them. */
    public Form requireText(String field, int maxLength) {
        String v = value(field).strip();
        values.put(field, v);
        if (v.isEmpty()) {
            reject(field, "validation.required");
        } else if (v.length() > maxLength) {
            reject(field, "validation.tooLong." + maxLength);
        }
        return this;
    }
}
