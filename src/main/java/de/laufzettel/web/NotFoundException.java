package de.laufzettel.web;

/** Thrown when something does not exist or belongs to somebody else: both answer 404 alike. */
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super(null, null, false, false);
    }
}
