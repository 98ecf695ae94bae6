package de.laufzettel.database;

/**
 * Sort keys for sections and tasks: strings that sort byte-wise, so that a key between any two
 * neighbours always exists and a move changes one row only. Keys never end in '0', which keeps
 * room below every key.
 */
public final class Rank {
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();
    /** The last key of four digits. */
    private static final String LAST = "zzzz";

    private Rank() {
    }

    /**
     * A key after {@code before} and before {@code after}; either may be null for "the start"
     * and "the end". {@code before} must sort before {@code after}.
     */
    public static String between(String before, String after) {
        if (after == null) {
            return after(before);
        }
        String low = before == null ? "" : before;
        String high = after;
        if (high != null && low.compareTo(high) >= 0) {
            throw new IllegalArgumentException("'" + low + "' does not sort before '" + high + "'");
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; ; i++) {
            int lowDigit = i < low.length() ? digit(low.charAt(i)) : 0;
            int highDigit = high != null && i < high.length() ? digit(high.charAt(i)) : BASE;
            if (lowDigit == highDigit) {
                key.append(DIGITS.charAt(lowDigit));
                continue;
            }
            int middle = (lowDigit + highDigit) / 2;
            if (middle > lowDigit) {
                return key.append(DIGITS.charAt(middle)).toString();
            }
            // Adjacent digits: keep the lower one; from here on only 'low' bounds the rest.
            key.append(DIGITS.charAt(lowDigit));
            high = null;
        }
    }

    /**
     * A key after {@code last} (null: the first key). Appending is the common case (quick add),
     * so it counts up in four digits instead of halving: keys stay four digits long for over
     * 800,000 appends to one section, then continue behind "zzzz" from "i" for as many again, four
     * digits longer. Only the first four digits of {@code last} count, and every key this gives
     * has all four, so the random tail of a key from {@link #spread} is dropped again instead of
     * becoming part of the count. (Keys that a carry had shortened, "i00z" → "i01", once let the
     * random tail count: a section that had many tasks appended reached "zzzz" and then grew three
     * digits per task, until an index refused the key.)
     */
    public static String after(String last) {
        if (last == null || last.isEmpty()) {
            return "i";
        }
        String head = (last + "0000").substring(0, 4);
        if (head.equals(LAST)) {
            // Counting goes on behind "zzzz", which sorts after every other key of four digits.
            return LAST + after(last.substring(4));
        }
        String next = increment(head);
        // "zzzz" itself is never given: behind it counting starts again at "i", not at whatever
        // random tail the last key had, so the next four digits always have as much room.
        return next.equals(LAST) ? LAST + after(null) : next;
    }

    /** The next key of four digits that does not end in '0' (not asked after "zzzz"). */
    private static String increment(String key) {
        char[] digits = key.toCharArray();
        do {
            int i = digits.length - 1;
            while (i >= 0 && digit(digits[i]) == BASE - 1) {
                digits[i] = '0';
                i--;
            }
            digits[i] = DIGITS.charAt(digit(digits[i]) + 1);
        } while (digits[digits.length - 1] == '0');
        return new String(digits);
    }

    /**
     * The key with two random digits appended. It still sorts between the same neighbours, since
     * a key from {@link #between} or {@link #after} is never the beginning of the next key, but it
     * differs from the key another person placing a task at the same spot at the same moment gets.
     * That lets tasks be placed without locking their section; should two keys still be equal,
     * ordering by (rank, id) keeps one order for everyone. {@link #after} drops the tail again,
     * so appended keys stay short.
     */
    public static String spread(String key) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return key + DIGITS.charAt(random.nextInt(BASE)) + DIGITS.charAt(1 + random.nextInt(BASE - 1));
    }

    /** {@code count} keys in order, for a new board or a rebalance. */
    public static java.util.List<String> sequence(int count) {
        java.util.List<String> keys = new java.util.ArrayList<>(count);
        String previous = null;
        for (int i = 0; i < count; i++) {
            previous = after(previous);
            keys.add(previous);
        }
        return keys;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("not a rank character: " + c);
        }
        return d;
    }
}
