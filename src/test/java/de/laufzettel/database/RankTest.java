package de.laufzettel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankTest {

    @Test
    void aKeyBetweenTwoNeighboursSortsBetweenThem() {
        assertThat(Rank.between("a", "c")).isEqualTo("b");
        String mid = Rank.between("a", "b");
        assertThat(mid).isGreaterThan("a").isLessThan("b");
        assertThat(Rank.between(null, "0i")).isLessThan("0i").isNotEmpty();
        assertThat(Rank.between("z", null)).isGreaterThan("z");
    }

    @Test
    void appendingCountsUpAndStaysShort() {
        List<String> keys = Rank.sequence(50_000);
        for (int i = 1; i < keys.size(); i++) {
            assertThat(keys.get(i)).isGreaterThan(keys.get(i - 1));
        }
        assertThat(keys.getLast().length()).isLessThanOrEqualTo(4);
        assertThat(Rank.after("zzzz")).isGreaterThan("zzzz");
        assertThat(Rank.after("i00zk")).isGreaterThan("i00zk");
    }

    /** As a section gets them: each new task at the end gets a key with a random tail (spread). */
    @Test
    void appendingWithRandomTailsStaysShortForAMillionTasks() {
        String last = null;
        int longest = 0;
        for (int n = 0; n < 1_000_000; n++) {
            String key = Rank.spread(Rank.after(last));
            if (last != null && key.compareTo(last) <= 0) {
                throw new AssertionError("'" + key + "' does not sort after '" + last + "'");
            }
            longest = Math.max(longest, key.length());
            last = key;
        }
        // Four digits and the tail for the first 816,000 or so; then "zzzz", counting again from "i".
        assertThat(longest).isLessThanOrEqualTo(10);
        // Past "zzzz" keys grow by four digits, not by three per task; a key grown long before gets short again.
        assertThat(Rank.after("zzzzq5")).isEqualTo("zzzzq501").isGreaterThan("zzzzq5");
        assertThat(Rank.after("zzzz")).isEqualTo("zzzzi");
        assertThat(Rank.after("zzzyq5")).isEqualTo("zzzzi").isGreaterThan("zzzyq5");
        String grown = "zzzz" + "qhia6ipfixuibaiz2ir2".repeat(100);
        assertThat(Rank.after(grown)).isEqualTo("zzzzqhib").isGreaterThan(grown);
        assertThat(Rank.after("i00zk")).isEqualTo("i011");
    }

    @Test
    void randomInsertionsKeepAStrictOrderAndNoKeyEndsInZero() {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>(List.of(Rank.after(null)));
        for (int n = 0; n < 5_000; n++) {
            int at = random.nextInt(keys.size() + 1);
            String before = at == 0 ? null : keys.get(at - 1);
            String after = at == keys.size() ? null : keys.get(at);
            String key = Rank.between(before, after);
            if (before != null) {
                assertThat(key).isGreaterThan(before);
            }
            if (after != null) {
                assertThat(key).isLessThan(after);
            }
            assertThat(key).doesNotEndWith("0");
            keys.add(at, key);
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void spreadKeysStayBetweenTheirNeighbours() {
        Random random = new Random(7);
        List<String> keys = new ArrayList<>(List.of(Rank.after(null)));
        for (int n = 0; n < 5_000; n++) {
            int at = random.nextInt(keys.size() + 1);
            String before = at == 0 ? null : keys.get(at - 1);
            String after = at == keys.size() ? null : keys.get(at);
            // Two writers placing a task at the same spot at once get different keys, both in place.
            String mine = Rank.spread(Rank.between(before, after));
            String theirs = Rank.spread(Rank.between(before, after));
            for (String key : List.of(mine, theirs)) {
                if (before != null) {
                    assertThat(key).isGreaterThan(before);
                }
                if (after != null) {
                    assertThat(key).isLessThan(after);
                }
                assertThat(key).doesNotEndWith("0");
            }
            keys.add(at, mine);
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        assertThat(Rank.after(Rank.spread(Rank.after("i")))).isEqualTo("i002");
    }

    @Test
    void neighboursInTheWrongOrderAreRefused() {
        assertThatThrownBy(() -> Rank.between("b", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.between("b", "b")).isInstanceOf(IllegalArgumentException.class);
    }
}
