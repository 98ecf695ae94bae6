package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Links in e-mails sent without a request come only from the configured base URL, never from a
 * Host header some client sent earlier.
 */
class PublicAddressTest {

    @Test
    void withoutRequestOnlyTheConfiguredAddressCounts() {
        assertThat(new PublicAddress(new MockEnvironment()).configured()).isEmpty();
        assertThat(new PublicAddress(new MockEnvironment().withProperty("laufzettel.base-url", "https://laufzettel.kreis.example//"))
                .configured()).contains("https://laufzettel.kreis.example");
    }
}
