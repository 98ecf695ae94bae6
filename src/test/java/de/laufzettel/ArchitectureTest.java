package de.laufzettel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a feature; its sub-packages are its internals. Spring Modulith fails
 * when one feature uses another's internals or when features depend on each other in a cycle.
 */
class ArchitectureTest {

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicClassesAndWithoutCycles() {
        ApplicationModules modules = ApplicationModules.of(LaufzettelApplication.class);
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("account", "activity", "auth", "database", "organization", "project", "web");
        modules.verify();
    }

    @Test
    void theCheckFailsWhenAFeatureReachesIntoAnothersInternals() {
        ImportOption everything = location -> true;
        ApplicationModules fixture = ApplicationModules.of("de.laufzettel.architecturefixture", everything);
        assertThatThrownBy(fixture::verify)
                .hasMessageContaining("ReachesIntoB")
                .hasMessageContaining("Hidden");
    }
}
