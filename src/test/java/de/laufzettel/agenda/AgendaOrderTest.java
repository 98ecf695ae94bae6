package de.laufzettel.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.task.Due;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The agenda's order, kept in Java since the database no longer sorts the rows. */
class AgendaOrderTest {

    private static Agenda.Ranked task(String rank, long number, LocalDate date, LocalTime time) {
        return new Agenda.Ranked(rank, new AgendaTask("stadt", "Stadt", UUID.randomUUID(), "Projekt", UUID.randomUUID(),
                UUID.randomUUID(), number, "Aufgabe " + number, Due.of(date, time), false, true, null, false));
    }

    @Test
    void neverPlacedFirstThenByRankThenByDueDateAndTimeWithNoneLastThenByNumber() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        List<Agenda.Ranked> expected = List.of(
                task(null, 7, monday, LocalTime.of(9, 0)),
                task(null, 3, monday, LocalTime.of(14, 30)),
                task(null, 2, monday, null),
                task(null, 9, monday, null),
                task(null, 1, monday.plusDays(1), LocalTime.of(8, 0)),
                task(null, 4, null, null),
                task(null, 5, null, null),
                // Ranks compare as the database compares them: byte-wise, digits before letters.
                task("2", 8, null, null),
                task("a", 6, monday, null),
                task("az", 10, null, null),
                task("b", 11, monday.minusDays(3), null));
        for (long seed = 1; seed <= 5; seed++) {
            List<Agenda.Ranked> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(shuffled.stream().sorted(Agenda.ORDER).toList()).containsExactlyElementsOf(expected);
        }
    }
}
