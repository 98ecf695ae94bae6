package de.laufzettel.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/** Archives for the import tests: exported files changed on purpose, zipped as they are given. */
final class TestArchives {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestArchives() {
    }

    /** The files with the manifest changed. */
    @SuppressWarnings("unchecked")
    static Map<String, byte[]> withManifest(Map<String, byte[]> files, Consumer<Map<String, Object>> change) {
        Map<String, Object> manifest = JSON.readValue(files.get("manifest.json"), Map.class);
        change.accept(manifest);
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        copy.put("manifest.json", JSON.writeValueAsBytes(manifest));
        return copy;
    }

    /** The files with the manifest's hashes and sizes made to fit them again. */
    static Map<String, byte[]> rehash(Map<String, byte[]> files) throws NoSuchAlgorithmException {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            if (!file.getKey().equals("manifest.json")) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("path", file.getKey());
                line.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue())));
                line.put("bytes", file.getValue().length);
                listed.add(line);
            }
        }
        return withManifest(files, m -> m.put("files", listed));
    }

    /** The files of each set in turn, zipped into a new file in the directory. */
    @SafeVarargs
    static Path zip(Path dir, Map<String, byte[]>... sets) throws IOException {
        Path archive = Files.createTempFile(dir, "archiv", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map<String, byte[]> set : sets) {
                for (Map.Entry<String, byte[]> file : set.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        }
        return archive;
    }
}
