package de.laufzettel.web;

/** Thrown when a member may see something but not change it. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException() {
        super(null, null, false, false);
    }
}
