package de.laufzettel.api;

import org.springframework.http.HttpStatus;

/** The API's ETags: the row's version as {@code "v3"}, strong, so If-Match can name it. */
final class Versions {
    private Versions() {
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** The version an If-Match names; one strong ETag of this API (a weak one never matches an update). */
    static int of(String ifMatch) {
        String value = ifMatch.strip();
        if (!value.matches("\"v\\d{1,9}\"")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.ifMatchFormat");
        }
        return Integer.parseInt(value.substring(2, value.length() - 1));
    }
}
