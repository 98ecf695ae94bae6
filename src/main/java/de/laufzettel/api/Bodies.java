package de.laufzettel.api;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Reading JSON bodies field by field. Bodies are plain maps, and only the fields an endpoint
 * documents are taken; any other field is refused (400), so a typo or an attempt to set the
 * organisation, the author or a timestamp never passes silently.
 */
final class Bodies {
    private Bodies() {
    }

    /** Refuses any field that is not a component of {@code shape}, the record the OpenAPI description shows. */
    static void only(Map<String, Object> body, Class<? extends Record> shape) {
        Set<String> allowed = java.util.Arrays.stream(shape.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        for (String field : body.keySet()) {
            if (!allowed.contains(field)) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.unknownField", field,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** A text field: stripped when required (then not blank), "" when optional and absent. */
    static String text(Map<String, Object> body, String field, int max, boolean required) {
        return text(body.get(field), field, max, required);
    }

    /** One value of {@code field} (an element of a list, say) as a text. */
    static String text(Object value, String field, int max, boolean required) {
        if (value == null && !required) {
            return "";
        }
        if (!(value instanceof String text) || (required && text.isBlank())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", field);
        }
        if (text.length() > max) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.tooLong", field, max);
        }
        return required ? text.strip() : text;
    }

    static UUID uuid(Map<String, Object> body, String field) {
        return uuid(body.get(field), field);
    }

    static UUID uuid(Object value, String field) {
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", field);
        }
    }

    /** A position or count: a whole number from 1. */
    static int positive(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof Integer value) || value < 1) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", field);
        }
        return value;
    }

    static boolean bool(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof Boolean value)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.field", field);
        }
        return value;
    }
}
