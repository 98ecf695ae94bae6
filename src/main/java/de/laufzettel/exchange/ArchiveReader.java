package de.laufzettel.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an archive defensively. Entry names must be plain relative paths (no "..", no absolute
 * paths, no backslashes, no duplicates); there may be at most {@code maxEntries} entries; every
 * file must be listed in the manifest, and is read only up to the size the manifest gives (a file
 * that turns out longer, or shorter, or with another SHA-256, is refused), so an archive can never
 * expand beyond the manifest's total, which itself must stay under {@code maxBytes}.
 */
final class ArchiveReader implements AutoCloseable {
    private final ZipFile zip;
    private final JsonMapper json;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, Listed> listed = new HashMap<>();
    private final Map<String, Object> manifest;

    record Listed(String sha256, long bytes) {
    }

    @SuppressWarnings("unchecked")
    ArchiveReader(Path file, JsonMapper json, int maxEntries, long maxBytes) {
        this.json = json;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportRefused("The file is not a ZIP archive (or it is damaged).");
        } catch (IOException e) {
            throw new ImportRefused("The file cannot be read: " + e.getMessage());
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entries.size() >= maxEntries) {
                throw new ImportRefused("The archive has more than " + maxEntries + " entries.");
            }
            String name = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                    || List.of(name.split("/")).contains("..") || List.of(name.split("/")).contains(".")) {
                throw new ImportRefused("The archive contains an unsafe path: " + name);
            }
            if (entries.put(name, entry) != null) {
                throw new ImportRefused("The archive contains " + name + " twice.");
            }
        }
        if (!entries.containsKey("manifest.json")) {
            throw new ImportRefused("The archive has no manifest.json; it is not a Laufzettel export.");
        }
        Map<String, Object> read;
        try (InputStream in = bounded(entries.get("manifest.json"), 16L * 1024 * 1024)) {
            read = json.readValue(in, Map.class);
        } catch (IOException | JacksonException e) {
            throw new ImportRefused("manifest.json is not valid JSON.");
        }
        this.manifest = read;
        if (!"laufzettel".equals(manifest.get("format"))) {
            throw new ImportRefused("This is not a Laufzettel archive (format: " + manifest.get("format") + ").");
        }
        if (!Integer.valueOf(OrganizationExport.VERSION).equals(manifest.get("version"))) {
            throw new ImportRefused("Archive version " + manifest.get("version") + " is not supported (supported: "
                    + OrganizationExport.VERSION + ").");
        }
        if (!(manifest.get("files") instanceof List<?> files)) {
            throw new ImportRefused("manifest.json lists no files.");
        }
        long total = 0;
        for (Object item : files) {
            if (!(item instanceof Map<?, ?> line) || !(line.get("path") instanceof String path)
                    || !(line.get("sha256") instanceof String sha) || !(line.get("bytes") instanceof Number size)
                    || size.longValue() < 0) {
                throw new ImportRefused("manifest.json has a file entry without path, sha256 and bytes.");
            }
            if (!entries.containsKey(path)) {
                throw new ImportRefused("The manifest lists " + path + ", which is not in the archive.");
            }
            listed.put(path, new Listed(sha, size.longValue()));
            total += size.longValue();
        }
        if (total > maxBytes) {
            throw new ImportRefused("The archive would expand to " + total + " bytes, more than the limit of " + maxBytes + ".");
        }
        for (String name : entries.keySet()) {
            if (!name.equals("manifest.json") && !listed.containsKey(name)) {
                throw new ImportRefused("The archive contains " + name + ", which the manifest does not list.");
            }
        }
    }

    /**
     * The project a project archive holds ({@code id} and {@code name} in the manifest), or null
     * for an organisation archive.
     */
    Map<?, ?> project() {
        Object project = manifest.get("project");
        if (project != null && !(project instanceof Map<?, ?>)) {
            throw new ImportRefused("manifest.json names its project wrongly.");
        }
        return (Map<?, ?>) project;
    }

    boolean has(String path) {
        return listed.containsKey(path);
    }

    /** A JSON file of the archive, checked against the manifest. */
    Object json(String path) {
        return json(path, bytes(path));
    }

    /** Bytes of the archive's file {@code path}, parsed as JSON. */
    Object json(String path, byte[] bytes) {
        try {
            return json.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            throw new ImportRefused(path + " is not valid JSON.");
        }
    }

    byte[] bytes(String path) {
        Listed expected = expected(path);
        if (expected.bytes() > Integer.MAX_VALUE - 16) {
            throw new ImportRefused(path + " is too large.");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream((int) expected.bytes());
        copy(path, out);
        return out.toByteArray();
    }

    /** Copies a file of the archive, refusing it when its size or SHA-256 differ from the manifest. */
    void copy(String path, OutputStream out) {
        Listed expected = expected(path);
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long count = 0;
        try (InputStream in = zip.getInputStream(entries.get(path))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > expected.bytes()) {
                    throw new ImportRefused(path + " is larger than the manifest says.");
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new ImportRefused(path + " is damaged in the archive.");
        } catch (IOException e) {
            throw new ImportRefused(path + " cannot be read: " + e.getMessage());
        }
        if (count != expected.bytes()) {
            throw new ImportRefused(path + " is smaller than the manifest says.");
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equalsIgnoreCase(expected.sha256())) {
            throw new ImportRefused(path + " does not match its SHA-256 in the manifest.");
        }
    }

    private Listed expected(String path) {
        Listed expected = listed.get(path);
        if (expected == null) {
            throw new ImportRefused("The archive has no " + path + ".");
        }
        return expected;
    }

    private InputStream bounded(ZipEntry entry, long limit) throws IOException {
        InputStream in = zip.getInputStream(entry);
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++read > limit) {
                    throw new ImportRefused("manifest.json is too large.");
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0 && (read += n) > limit) {
                    throw new ImportRefused("manifest.json is too large.");
                }
                return n;
            }
        };
    }

    Path write(String path, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            copy(path, out);
        } catch (IOException e) {
            throw new ImportRefused("Cannot write " + target + ": " + e.getMessage());
        }
        return target;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
