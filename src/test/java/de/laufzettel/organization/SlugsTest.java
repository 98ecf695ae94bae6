package de.laufzettel.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void aSlugIsSuggestedFromTheNameWithUmlautsSpelledOut() {
        assertThat(Slugs.suggest("Stadt Musterstadt")).isEqualTo("stadt-musterstadt");
        assertThat(Slugs.suggest("  Gemeinde Großbärenfeld-Süd ")).isEqualTo("gemeinde-grossbaerenfeld-sued");
        assertThat(Slugs.suggest("Landkreis Élancourt (Île)")).isEqualTo("landkreis-elancourt-ile");
        assertThat(Slugs.suggest("x".repeat(80))).hasSize(50);
    }

    @Test
    void onlyPlainLowerCaseSlugsThatAreNotReservedAreAccepted() {
        assertThat(Slugs.problem("musterstadt")).isNull();
        assertThat(Slugs.problem("a")).isNull();
        assertThat(Slugs.problem("")).isEqualTo("validation.required");
        assertThat(Slugs.problem("-start")).isEqualTo("validation.slug.format");
        assertThat(Slugs.problem("Muster")).isEqualTo("validation.slug.format");
        assertThat(Slugs.problem("a/b")).isEqualTo("validation.slug.format");
        assertThat(Slugs.problem("login")).isEqualTo("validation.slug.reserved");
        assertThat(Slugs.problem("x".repeat(51))).isEqualTo("validation.tooLong.50");
    }
}
