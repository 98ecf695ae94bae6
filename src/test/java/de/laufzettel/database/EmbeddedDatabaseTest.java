package de.laufzettel.database;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest extends AppTest {

    private String setting(String name) {
        return db.sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
    }

    @Test
    void theEmbeddedDatabaseWritesCommitsDurablyAndListensOnlyLocally() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("listen_addresses")).isEqualTo("localhost");
        assertThat(db.sql("SELECT current_database()").query(String.class).single()).isEqualTo("laufzettel");
    }

    @Test
    void flywayOwnsTheSchema() {
        assertThat(db.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                .isGreaterThanOrEqualTo(2);
    }
}
