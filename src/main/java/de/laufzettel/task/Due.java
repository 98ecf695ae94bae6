package de.laufzettel.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When a task is due: a day, optionally a time of day, in the municipality's time zone. */
public record Due(LocalDate date, LocalTime time) {
    /** German municipalities work in one time zone; "overdue" is judged there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** A due date, or null when neither is set. */
    /**
     * Whether a due date is one people mean (years 2000 to 2200): beyond, it is a typo, and far
     * beyond, PostgreSQL cannot store it.
     */
    public static boolean plausible(LocalDate date) {
        return date.getYear() >= 2000 && date.getYear() <= 2200;
    }

    public static Due of(LocalDate date, LocalTime time) {
        return date == null ? null : new Due(date, time);
    }

    /** Past its day (or its time on that day), judged now in {@link #ZONE}. */
    public boolean overdue() {
        LocalDateTime now = LocalDateTime.now(ZONE);
        return time == null ? date.isBefore(now.toLocalDate()) : LocalDateTime.of(date, time).isBefore(now);
    }

    /** Short, in the reader's language: "24.11.26, 14:00" or "11/24/26, 2:00 PM". */
    public String format(Locale locale) {
        String day = date.format(DATES.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(l)));
        return time == null ? day : day + ", " + time.format(TIMES.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(l)));
    }

    // Formatters by language (two in practice): a board shows a date on hundreds of cards.
    private static final java.util.Map<Locale, DateTimeFormatter> DATES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Locale, DateTimeFormatter> TIMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The date as an HTML date input wants it. */
    public String isoDate() {
        return date.toString();
    }

    /** The time as an HTML time input wants it, or empty. */
    public String isoTime() {
        return time == null ? "" : time.toString();
    }
}
