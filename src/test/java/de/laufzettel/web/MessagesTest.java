package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in German and English, and every key the code names exists. */
class MessagesTest {
    private static final Pattern KEY = Pattern.compile(
            "\"((?:layout|nav|error|login|field|signup|validation|role|invitations?|accept|members|profile|projects|board|task|projectMembers|projectRole|activity|tags|colour|checklist|comment|filter|attachment|trash|feed|watchers|search|agenda|calendar|notification|export|import)\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        // A second line with the same key silently replaces the first text wherever it is used.
        for (String name : java.util.List.of("messages_de.properties", "messages_en.properties")) {
            try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
                java.util.List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                assertThat(keys).as(name).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_de.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = load("messages_de.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        // File names of the export format ("activity.json") look like keys but are not.
                        if (!m.group(1).matches(".*\\.(json|csv)$")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertThat(known).as(key).contains(key));
    }
}
