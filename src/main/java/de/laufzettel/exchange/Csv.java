package de.laufzettel.exchange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CSV (RFC 4180: quoted fields with doubled quotes and line breaks inside; comma or, as
 * German spreadsheets write it, semicolon, whichever the header line uses) into rows keyed by the
 * lower-cased header. UTF-8 only; a file in another encoding is refused instead of mangled.
 */
final class Csv {
    private Csv() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        String text = text(file);
        List<List<String>> records = parse(text, separator(text));
        if (records.isEmpty()) {
            throw ImportRefused.because("import.refused.csvEmpty");
        }
        List<String> names = records.getFirst().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.getFirst().isBlank()) {
                continue;
            }
            if (record.size() != names.size()) {
                throw ImportRefused.because("import.refused.csvFields", String.valueOf(r + 1),
                        String.valueOf(record.size()), String.valueOf(names.size()));
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The file as text: UTF-8 only, without a byte order mark. */
    static String text(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw ImportRefused.because("import.refused.csvNotUtf8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Semicolon when the header line has more of them than commas, else comma. */
    static char separator(String text) {
        int firstLine = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String header = text.substring(0, firstLine);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw ImportRefused.because("import.refused.csvTruncated");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
