package de.laufzettel.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random damage to archives, in their bytes and in their data (with the manifest made to fit, so
 * the damage reaches the deeper checks and the database): an import either goes in whole or is
 * refused with {@link ImportRefused}, never anything else, and a refusal leaves no organisation.
 * The seed is fixed, so a failure can be repeated.
 */
class ArchiveFuzzTest extends AppTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OrganizationExport export;
    @Autowired
    OrganizationImport importer;

    @Test
    void damagedArchivesAreRefusedAndNeverHalfImported() throws Exception {
        BoardWithTask s = boardWithTask("Fuzzstadt", "Zerlegt & geprüft");
        s.web().post(s.task() + "/comments", "body", "Ein Kommentar");
        s.web().post(s.task() + "/checklists", "title", "Schritte");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(s.org().slug(), out, step -> { });
        byte[] original = out.toByteArray();
        Map<String, byte[]> files = OrganizationExportTest.unzip(original);
        Random random = new Random(20261124);
        int refused = 0;
        int imported = 0;

        for (int round = 0; round < 60; round++) {
            // Damaged bytes: flipped, cut off, or random.
            byte[] bytes = original.clone();
            switch (round % 3) {
                case 0 -> {
                    for (int i = 0; i < 1 + random.nextInt(20); i++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                default -> random.nextBytes(bytes);
            }
            refused += attempt(write(bytes)) ? 0 : 1;
        }
        for (int round = 0; round < 60; round++) {
            // Damaged data under a fresh organisation ID and slug, with hashes that fit.
            String slug = "fuzz-" + round + "-" + UUID.randomUUID().toString().substring(0, 6);
            Map<String, byte[]> copy = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                copy.put(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8)
                        .replace(s.org().org().id().toString(), UUID.randomUUID().toString())
                        .replace(s.org().slug(), slug).getBytes(StandardCharsets.UTF_8));
            }
            String target = List.of("tasks.json", "sections.json", "projects.json", "comments.json", "checklists.json",
                    "members.json", "organization.json", "activity.json").get(random.nextInt(8));
            copy.put(target, mutate(copy.get(target), random));
            boolean went = attempt(TestArchives.zip(temp, TestArchives.rehash(copy)));
            imported += went ? 1 : 0;
            refused += went ? 0 : 1;
            if (!went) {
                assertThat(db.sql("SELECT count(*) FROM organization WHERE slug = :s").param("s", slug)
                        .query(Integer.class).single()).as("refused, yet written").isZero();
            }
        }
        assertThat(refused).isGreaterThan(60);
        assertThat(refused + imported).isEqualTo(120);
    }

    /** True when it went in; false when refused; anything else fails the test. */
    private boolean attempt(Path archive) {
        try {
            importer.importArchive(archive, step -> { });
            return true;
        } catch (ImportRefused expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
            return false;
        }
    }

    /** Sets one value somewhere in the JSON to null, a wrong type, or a foreign ID. */
    @SuppressWarnings("unchecked")
    private static byte[] mutate(byte[] bytes, Random random) {
        Object root = JSON.readValue(bytes, Object.class);
        List<Map<String, Object>> objects = new ArrayList<>();
        collect(root, objects);
        if (objects.isEmpty()) {
            return "[{\"id\": 1}]".getBytes(StandardCharsets.UTF_8);
        }
        Map<String, Object> victim = objects.get(random.nextInt(objects.size()));
        List<String> keys = new ArrayList<>(victim.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        Object[] junk = {null, 42, "kein Wert", List.of(), Map.of(), UUID.randomUUID().toString(), -1, true};
        victim.put(key, junk[random.nextInt(junk.length)]);
        return JSON.writeValueAsBytes(root);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> objects) {
        if (node instanceof Map<?, ?> map) {
            objects.add((Map<String, Object>) map);
            map.values().forEach(value -> collect(value, objects));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, objects));
        }
    }

    private Path write(byte[] bytes) throws Exception {
        Path archive = Files.createTempFile(temp, "fuzz", ".zip");
        Files.write(archive, bytes);
        return archive;
    }
}
