package de.laufzettel.architecturefixture.a;

import de.laufzettel.architecturefixture.b.internal.Hidden;

/** Deliberately breaks the rule, so that the architecture test can show that it catches this. */
public class ReachesIntoB {
    public String peek() {
        return new Hidden().secret();
    }
}
