package de.laufzettel.exchange;

import de.laufzettel.database.Rank;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A board from another tool, read into what Laufzettel will create: the preview shown before
 * anything is written, and the plan the import then carries out ({@link BoardImport}).
 *
 * <p>From a Trello board export (the board's "Export as JSON"): lists become
 * sections in their order, cards tasks (closed lists and cards go to the trash, where they can be
 * restored), labels tags (also unnamed ones, named after their colour), checklists with their
 * items, comments ({@code commentCard} actions) with their date. Text is taken exactly as it is;
 * Trello's uploaded files need a Trello login to download, so they and link attachments are
 * recorded as links in the task's notes, with name and size.
 */
record ImportedBoard(String name, List<Section> sections, List<Tag> tags, List<Card> cards,
        List<ImportRefused.Reason> skipped) {

    /** Times without a zone are read, and due dates placed, in the municipality's time zone. */
    static final ZoneId ZONE = de.laufzettel.task.Due.ZONE;

    record Section(String trelloId, String name, String rank) {
    }

    record Tag(String trelloId, String name, String colour) {
    }

    /** A task to be; {@code createdAt} and {@code activityAt} (when it was completed) may be unknown (null). */
    record Card(String title, String notes, String sectionTrelloId, String rank, boolean trashed, LocalDate dueDate,
            LocalTime dueTime, boolean completed, Instant activityAt, List<String> tagTrelloIds,
            List<String> memberNames, List<Checklist> checklists, List<Comment> comments, Instant createdAt) {
    }

    record Checklist(String title, List<Item> items) {
    }

    record Item(String text, String rank, boolean done) {
    }

    record Comment(String authorName, String authorUsername, String text, Instant at) {
    }

    /** Reads the parsed JSON of a Trello export; {@link ImportRefused} when it is not one. */
    static ImportedBoard fromTrello(Object parsed) {
        if (!(parsed instanceof Map<?, ?> board) || !(board.get("lists") instanceof List<?>)
                || !(board.get("cards") instanceof List<?>)) {
            throw ImportRefused.because("import.refused.notTrello");
        }
        List<ImportRefused.Reason> skipped = new ArrayList<>();
        Map<String, String> members = new HashMap<>();
        for (Map<?, ?> member : maps(board.get("members"))) {
            members.put(text(member.get("id")), text(member.get("fullName")));
        }

        List<Map<?, ?>> lists = new ArrayList<>(maps(board.get("lists")));
        lists.sort(Comparator.comparingDouble(list -> number(list.get("pos"))));
        List<String> sectionRanks = Rank.sequence(lists.size());
        List<Section> sections = new ArrayList<>();
        Set<String> closedLists = new HashSet<>();
        for (int i = 0; i < lists.size(); i++) {
            Map<?, ?> list = lists.get(i);
            String id = text(list.get("id"));
            sections.add(new Section(id, nonBlank(text(list.get("name")), "Liste " + (i + 1)), sectionRanks.get(i)));
            if (Boolean.TRUE.equals(list.get("closed"))) {
                closedLists.add(id);
            }
        }

        List<Tag> tags = new ArrayList<>();
        Set<String> tagNames = new HashSet<>();
        for (Map<?, ?> label : maps(board.get("labels"))) {
            String colour = colour(text(label.get("color")));
            String name = tagName(nonBlank(text(label.get("name")), COLOUR_NAMES.get(colour)));
            String unique = name;
            for (int n = 2; !tagNames.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            tags.add(new Tag(text(label.get("id")), unique, colour));
        }

        Map<String, List<Checklist>> checklists = new HashMap<>();
        List<Map<?, ?>> allChecklists = new ArrayList<>(maps(board.get("checklists")));
        allChecklists.sort(Comparator.comparingDouble(c -> number(c.get("pos"))));
        for (Map<?, ?> checklist : allChecklists) {
            List<Map<?, ?>> items = new ArrayList<>(maps(checklist.get("checkItems")));
            items.sort(Comparator.comparingDouble(item -> number(item.get("pos"))));
            List<String> itemRanks = Rank.sequence(items.size());
            List<Item> converted = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                converted.add(new Item(nonBlank(text(items.get(i).get("name")), "–"), itemRanks.get(i),
                        "complete".equals(items.get(i).get("state"))));
            }
            List<Checklist> ofCard = checklists.computeIfAbsent(text(checklist.get("idCard")), k -> new ArrayList<>());
            ofCard.add(new Checklist(nonBlank(text(checklist.get("name")), "Checkliste"), converted));
        }

        Map<String, List<Comment>> comments = new HashMap<>();
        for (Map<?, ?> action : maps(board.get("actions"))) {
            if (!"commentCard".equals(action.get("type")) || !(action.get("data") instanceof Map<?, ?> data)
                    || !(data.get("card") instanceof Map<?, ?> card)) {
                continue;
            }
            Map<?, ?> creator = action.get("memberCreator") instanceof Map<?, ?> m ? m : Map.of();
            comments.computeIfAbsent(text(card.get("id")), k -> new ArrayList<>()).add(new Comment(
                    nonBlank(text(creator.get("fullName")), members.getOrDefault(text(action.get("idMemberCreator")), "Trello")),
                    text(creator.get("username")), text(data.get("text")), instant(action.get("date"))));
        }

        Set<String> sectionIds = new HashSet<>();
        sections.forEach(s -> sectionIds.add(s.trelloId()));
        Map<String, List<Map<?, ?>>> cardsByList = new LinkedHashMap<>();
        for (Map<?, ?> card : maps(board.get("cards"))) {
            String list = text(card.get("idList"));
            if (!sectionIds.contains(list)) {
                skipped.add(ImportRefused.Reason.of("import.skip.cardWithoutList", text(card.get("name"))));
                continue;
            }
            cardsByList.computeIfAbsent(list, k -> new ArrayList<>()).add(card);
        }
        List<Card> cards = new ArrayList<>();
        for (Map.Entry<String, List<Map<?, ?>>> entry : cardsByList.entrySet()) {
            List<Map<?, ?>> inList = entry.getValue();
            inList.sort(Comparator.comparingDouble(card -> number(card.get("pos"))));
            List<String> ranks = Rank.sequence(inList.size());
            for (int i = 0; i < inList.size(); i++) {
                Map<?, ?> card = inList.get(i);
                String id = text(card.get("id"));
                Instant due = instant(card.get("due"));
                ZonedDateTime local = due == null ? null : due.atZone(ZONE);
                List<Comment> cardComments = new ArrayList<>(comments.getOrDefault(id, List.of()));
                cardComments.sort(Comparator.comparing(c -> c.at() == null ? Instant.EPOCH : c.at()));
                List<String> memberNames = new ArrayList<>();
                for (Object member : list(card.get("idMembers"))) {
                    memberNames.add(members.getOrDefault(text(member), text(member)));
                }
                List<String> labelIds = new ArrayList<>();
                list(card.get("idLabels")).forEach(label -> labelIds.add(text(label)));
                cards.add(new Card(nonBlank(text(card.get("name")), "(ohne Titel)"),
                        notes(text(card.get("desc")), maps(card.get("attachments"))), entry.getKey(), ranks.get(i),
                        Boolean.TRUE.equals(card.get("closed")) || closedLists.contains(entry.getKey()),
                        local == null ? null : local.toLocalDate(),
                        local == null || (local.getHour() == 0 && local.getMinute() == 0) ? null : local.toLocalTime().withSecond(0).withNano(0),
                        Boolean.TRUE.equals(card.get("dueComplete")), instant(card.get("dateLastActivity")),
                        labelIds, memberNames, checklists.getOrDefault(id, List.of()), cardComments, null));
            }
        }
        return new ImportedBoard(nonBlank(text(board.get("name")), "Trello-Board"), sections, tags, cards, skipped);
    }

    /**
     * From a MeisterTask project's CSV export (columns id, token, name, notes, created_at,
     * updated_at, status, due_date, status_updated_at, assignee, section, tags): sections in order of
     * first appearance, tasks in the order of the file; status 1 open, 2 completed, 8 trash and
     * 16 archived (both to the trash); tags separated by ";".
     */
    static ImportedBoard fromMeisterTask(String name, List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            throw ImportRefused.because("import.refused.csvNoTasks");
        }
        for (String column : List.of("name", "status", "section")) {
            if (!rows.getFirst().containsKey(column)) {
                throw ImportRefused.because("import.refused.csvColumn", column);
            }
        }
        List<ImportRefused.Reason> skipped = new ArrayList<>();
        Map<String, List<Map<String, String>>> bySection = new LinkedHashMap<>();
        Map<String, String> tagIds = new LinkedHashMap<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            String status = row.getOrDefault("status", "").strip();
            if (!List.of("1", "2", "8", "16").contains(status)) {
                skipped.add(ImportRefused.Reason.of("import.skip.unknownStatus", String.valueOf(line), row.get("name"), status));
                continue;
            }
            bySection.computeIfAbsent(nonBlank(row.get("section"), "Ohne Abschnitt").strip(), k -> new ArrayList<>()).add(row);
            for (String tag : row.getOrDefault("tags", "").split(";")) {
                if (!tag.isBlank()) {
                    tagIds.putIfAbsent(tagName(tag).toLowerCase(Locale.ROOT), tagName(tag));
                }
            }
        }
        List<String> sectionRanks = Rank.sequence(bySection.size());
        List<Section> sections = new ArrayList<>();
        int s = 0;
        for (String section : bySection.keySet()) {
            sections.add(new Section(section, section, sectionRanks.get(s++)));
        }
        List<String> palette = de.laufzettel.task.Tag.COLOURS;
        List<Tag> tags = new ArrayList<>();
        int t = 0;
        for (Map.Entry<String, String> tag : tagIds.entrySet()) {
            tags.add(new Tag(tag.getKey(), tag.getValue(), palette.get(t++ % palette.size())));
        }
        List<Card> cards = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> section : bySection.entrySet()) {
            List<String> ranks = Rank.sequence(section.getValue().size());
            for (int i = 0; i < section.getValue().size(); i++) {
                Map<String, String> row = section.getValue().get(i);
                String status = row.get("status").strip();
                ZonedDateTime due = dateTime(row.get("due_date"));
                List<String> taskTags = new ArrayList<>();
                for (String tag : row.getOrDefault("tags", "").split(";")) {
                    if (!tag.isBlank()) {
                        taskTags.add(tagName(tag).toLowerCase(Locale.ROOT));
                    }
                }
                String assignee = row.getOrDefault("assignee", "").strip();
                ZonedDateTime changed = dateTime(row.get("status_updated_at"));
                ZonedDateTime created = dateTime(row.get("created_at"));
                cards.add(new Card(nonBlank(row.get("name"), "(ohne Titel)"), row.getOrDefault("notes", ""),
                        section.getKey(), ranks.get(i), status.equals("8") || status.equals("16"),
                        due == null ? null : due.toLocalDate(),
                        due == null || (due.getHour() == 0 && due.getMinute() == 0) ? null : due.toLocalTime().withSecond(0).withNano(0),
                        status.equals("2"), changed == null ? null : changed.toInstant(), taskTags,
                        assignee.isEmpty() ? List.of() : List.of(assignee), List.of(), List.of(),
                        created == null ? null : created.toInstant()));
            }
        }
        return new ImportedBoard(nonBlank(name, "MeisterTask-Projekt"), sections, tags, cards, skipped);
    }

    /** The fields a generic CSV's columns can be mapped to; only the title is required. */
    static final List<String> CSV_FIELDS = List.of("title", "notes", "section", "due", "assignee", "tags", "done");

    /**
     * From any CSV, with the columns chosen by the person importing ({@code mapping}: field → column
     * header): title (required), notes, section (else all in "Offen"), due date, assignee (matched
     * by name or e-mail), tags (separated by ";" or ","), done ("ja", "yes", "x", "1", "true",
     * "erledigt", "done" count as done). Rows without a title are skipped and named.
     */
    static ImportedBoard fromCsv(String name, List<Map<String, String>> rows, Map<String, String> mapping) {
        String titleColumn = mapping.get("title");
        if (titleColumn == null || titleColumn.isBlank()) {
            throw ImportRefused.because("import.refused.csvTitleColumn");
        }
        if (!rows.isEmpty()) {
            for (String column : mapping.values()) {
                if (column != null && !column.isBlank() && !rows.getFirst().containsKey(column)) {
                    throw ImportRefused.because("import.refused.csvColumn", column);
                }
            }
        }
        List<Map<String, String>> converted = new ArrayList<>();
        List<ImportRefused.Reason> skipped = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : rows) {
            line++;
            String title = value(row, mapping, "title");
            if (title.isBlank()) {
                skipped.add(ImportRefused.Reason.of("import.skip.noTitle", String.valueOf(line)));
                continue;
            }
            Map<String, String> meister = new HashMap<>();
            meister.put("name", title);
            meister.put("notes", value(row, mapping, "notes"));
            meister.put("section", value(row, mapping, "section").isBlank() ? "Offen" : value(row, mapping, "section"));
            meister.put("due_date", value(row, mapping, "due"));
            meister.put("assignee", value(row, mapping, "assignee"));
            meister.put("tags", value(row, mapping, "tags").replace(',', ';'));
            meister.put("status", DONE.contains(value(row, mapping, "done").strip().toLowerCase(Locale.ROOT)) ? "2" : "1");
            converted.add(meister);
        }
        if (converted.isEmpty()) {
            throw ImportRefused.because("import.refused.csvNoTitles");
        }
        ImportedBoard board = fromMeisterTask(name, converted);
        List<ImportRefused.Reason> reasons = new ArrayList<>(skipped);
        reasons.addAll(board.skipped());
        return new ImportedBoard(board.name(), board.sections(), board.tags(), board.cards(), reasons);
    }

    private static final Set<String> DONE = Set.of("ja", "yes", "x", "1", "true", "erledigt", "done", "fertig");

    private static String value(Map<String, String> row, Map<String, String> mapping, String field) {
        String column = mapping.get(field);
        return column == null || column.isBlank() ? "" : row.getOrDefault(column, "");
    }

    /** "2027-03-15", "2027-03-15 14:30:00", "2027-03-15T13:30:00Z", "2027-03-15 13:30:00 UTC" …; null when empty or unreadable. */
    static ZonedDateTime dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', 'T').replaceAll("T(UTC|Z)$", "Z");
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZONE);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return java.time.OffsetDateTime.parse(text.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).atZoneSameInstant(ZONE);
            }
            return java.time.LocalDateTime.parse(text).atZone(ZONE);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The card's description, then its attachments as links with name and size. */
    private static String notes(String description, List<Map<?, ?>> attachments) {
        if (attachments.isEmpty()) {
            return description;
        }
        StringBuilder notes = new StringBuilder(description);
        notes.append(description.isEmpty() ? "" : "\n\n").append("**Anhänge aus Trello:**\n");
        for (Map<?, ?> attachment : attachments) {
            String name = nonBlank(text(attachment.get("name")), text(attachment.get("url")));
            notes.append("\n- [").append(name.replace("]", "\\]")).append("](").append(text(attachment.get("url")).replace(")", "%29"))
                    .append(')');
            if (attachment.get("bytes") instanceof Number bytes && bytes.longValue() > 0) {
                notes.append(" (").append(size(bytes.longValue())).append(')');
            }
            if (Boolean.TRUE.equals(attachment.get("isUpload"))) {
                notes.append(" – in Trello hochgeladen, nur mit Trello-Anmeldung abrufbar");
            }
        }
        return notes.toString();
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format(Locale.GERMAN, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** Trello's colours (also "green_dark", "sky_light" …) mapped to Laufzettel's tag colours. */
    static String colour(String trello) {
        String base = trello.replaceAll("_(dark|light)$", "");
        return switch (base) {
            case "green", "lime" -> "green";
            case "yellow" -> "yellow";
            case "orange" -> "orange";
            case "red", "pink" -> "red";
            case "purple" -> "purple";
            case "blue", "sky" -> "blue";
            default -> "grey";
        };
    }

    private static final Map<String, String> COLOUR_NAMES = Map.of("green", "Grün", "yellow", "Gelb", "orange", "Orange",
            "red", "Rot", "purple", "Lila", "blue", "Blau", "grey", "Grau");

    /** A tag's name as it can be stored: trimmed, short enough to take a " (2)" when names repeat. */
    private static String tagName(String name) {
        return BoardImport.cut(name.strip(), de.laufzettel.task.Tag.NAME_MAX - 5);
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        for (Object item : list(value)) {
            if (item instanceof Map<?, ?> map) {
                maps.add(map);
            }
        }
        return maps;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.MAX_VALUE;
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
