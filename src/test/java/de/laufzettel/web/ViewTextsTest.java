package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Texts with titles in them are formatted once and filled in afterwards; the result must not differ.
 * The keys are the test's own, since formatted texts are kept process-wide by key and language.
 */
class ViewTextsTest {

    @Test
    void textsWithTitlesAndNumbersAreFilledInExactlyAsMessageFormatWould() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("viewTextsTest.move", Locale.GERMAN, "„{0}“ verschieben nach");
        source.addMessage("viewTextsTest.mixed", Locale.GERMAN, "{1} hat „{0}“ {2,choice,1#einmal|1<{2} Mal} geändert");
        Locale de = Locale.GERMAN;
        assertThat(View.text(source, de, "viewTextsTest.move", "Haushalt {1} prüfen")).isEqualTo("„Haushalt {1} prüfen“ verschieben nach");
        assertThat(View.text(source, de, "viewTextsTest.move", "Zweite Aufgabe")).isEqualTo("„Zweite Aufgabe“ verschieben nach");
        assertThat(View.text(source, de, "viewTextsTest.mixed", "Plan", "Anna", 1)).isEqualTo("Anna hat „Plan“ einmal geändert");
        assertThat(View.text(source, de, "viewTextsTest.mixed", "Plan", "Ben", 3)).isEqualTo("Ben hat „Plan“ 3 Mal geändert");
        assertThat(View.text(source, de, "viewTextsTest.move", "mit \uE000 darin")).isEqualTo("„mit \uE000 darin“ verschieben nach");
    }
}
