package de.laufzettel.api;

import org.springframework.http.HttpStatus;

/** An API error: its status and a message key for the {@code detail} in the caller's language. */
class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String key;
    private final transient Object[] args;

    ApiProblem(HttpStatus status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    HttpStatus status() {
        return status;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
