package de.laufzettel.architecturefixture.b;

/** Feature b's public face. */
public class BApi {
    public String hello() {
        return new de.laufzettel.architecturefixture.b.internal.Hidden().secret();
    }
}
