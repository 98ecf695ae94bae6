package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void firstAndLastNamesInitials() {
        assertThat(Initials.of("Anna Amtmann")).isEqualTo("AA");
        assertThat(Initials.of("Ben")).isEqualTo("B");
        assertThat(Initials.of(" émile  von\tzola ")).isEqualTo("ÉZ");
        assertThat(Initials.of("😀 Bär")).isEqualTo("😀B");
        assertThat(Initials.of("   ")).isEqualTo("?");
        assertThat(Initials.of(null)).isEqualTo("?");
    }
}
