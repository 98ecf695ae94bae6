package de.laufzettel.calendar;

import de.laufzettel.task.Due;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a feed in iCalendar (RFC 5545) by hand: a handful of properties, escaped so that no text
 * (a title with a line break and "BEGIN:VEVENT", say) can become structure, and folded at 75 octets.
 */
final class ICalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    static String of(String calendarName, String baseUrl, List<CalendarFeeds.Entry> entries) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Laufzettel//Aufgaben//DE");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (CalendarFeeds.Entry e : entries) {
            String url = baseUrl + de.laufzettel.task.TaskPaths.task(e.orgSlug(), e.projectId(), e.number());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.taskId() + "@laufzettel");
            line(out, "DTSTAMP:" + UTC.format(e.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
            Due due = e.due();
            if (due.time() == null) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(due.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(due.date().plusDays(1)));
            } else {
                var start = due.date().atTime(due.time()).atZone(Due.ZONE).withZoneSameInstant(ZoneOffset.UTC);
                line(out, "DTSTART:" + UTC.format(start));
                line(out, "DTEND:" + UTC.format(start.plusMinutes(30)));
            }
            line(out, "SUMMARY:" + text("#" + e.number() + " " + e.title()));
            line(out, "DESCRIPTION:" + text(e.projectName() + "\n" + url));
            line(out, "URL:" + url);
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> {
                    if (!Character.isISOControl(c)) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** A content line, folded so that no line is longer than 75 octets (never inside a UTF-8 character). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
