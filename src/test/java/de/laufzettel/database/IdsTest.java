package de.laufzettel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void idsAreVersion7TimeOrderedAndUnique() {
        Set<UUID> seen = new HashSet<>();
        long before = System.currentTimeMillis();
        UUID first = Ids.newId();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Ids.newId());
        }
        assertThat(seen).hasSize(10_000);
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        long millis = first.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, System.currentTimeMillis());
    }
}
