package de.laufzettel.architecturefixture.b.internal;

/** Part of feature b's internals: no other feature may use it. */
public class Hidden {
    public String secret() {
        return "b";
    }
}
