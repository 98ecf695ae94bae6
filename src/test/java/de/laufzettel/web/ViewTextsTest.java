package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** Texts with titles in them are formatted once and filled in afterwards; the result must not differ. */
class ViewTextsTest {

    @Test
    void textsWithTitlesAndNumbersAreFilledInExactlyAsMessageFormatWould() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("move", Locale.GERMAN, "„{0}“ verschieben nach");
        source.addMessage("mixed", Locale.GERMAN, "{1} hat „{0}“ {2,choice,1#einmal|1<{2} Mal} geändert");
        new View(source);
        LocaleContextHolder.setLocale(Locale.GERMAN);
        try {
            assertThat(View.t("move", "Haushalt {1} prüfen")).isEqualTo("„Haushalt {1} prüfen“ verschieben nach");
            assertThat(View.t("move", "Zweite Aufgabe")).isEqualTo("„Zweite Aufgabe“ verschieben nach");
            assertThat(View.t("mixed", "Plan", "Anna", 1)).isEqualTo("Anna hat „Plan“ einmal geändert");
            assertThat(View.t("mixed", "Plan", "Ben", 3)).isEqualTo("Ben hat „Plan“ 3 Mal geändert");
            assertThat(View.t("move", "mit \uE000 darin")).isEqualTo("„mit \uE000 darin“ verschieben nach");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
