package de.laufzettel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant event = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void theWaitDoublesWithEveryFailedAttemptUpToTheCap() {
        assertThat(backoff.next(event, 1, event)).isEqualTo(event.plusSeconds(30));
        assertThat(backoff.next(event, 2, event)).isEqualTo(event.plusSeconds(60));
        assertThat(backoff.next(event, 4, event)).isEqualTo(event.plusSeconds(240));
        assertThat(backoff.next(event, 12, event)).isEqualTo(event.plus(Duration.ofHours(1)));
        assertThat(backoff.next(event, 500, event)).isEqualTo(event.plus(Duration.ofHours(1)));
    }

    @Test
    void aDeliveryIsGivenUpOnceTheNextAttemptWouldBeMoreThanADayAfterTheEvent() {
        Instant late = event.plus(Duration.ofHours(23).plusMinutes(30));
        assertThat(backoff.next(event, 30, late)).isNull();
        assertThat(backoff.next(event, 1, late)).isEqualTo(late.plusSeconds(30));
    }
}
