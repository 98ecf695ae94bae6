package de.laufzettel.exchange;

/** An archive that cannot be imported, with the one line that says why. Nothing has been written. */
public class ImportRefused extends RuntimeException {
    public ImportRefused(String message) {
        super(message);
    }
}
