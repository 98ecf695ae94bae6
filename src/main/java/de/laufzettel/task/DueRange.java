package de.laufzettel.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The due ranges people filter and group by: overdue, today, this week (to Sunday), later, none.
 * One place for the board's filter, the search's filter and the agenda's grouping, judged in
 * {@link Due#ZONE}.
 */
public final class DueRange {
    /** The ranges a filter offers ("later" is only a group). */
    public static final List<String> FILTERS = List.of("overdue", "today", "week", "none");
    /** Every range {@link #of} can answer, in order: the filters and "later". */
    public static final List<String> GROUPS = List.of("overdue", "today", "week", "later", "none");

    private DueRange() {
    }

    /** An SQL condition on the task alias {@code t} for a range from {@link #FILTERS}; empty for anything else. */
    public static String sql(String range, Map<String, Object> params) {
        LocalDate today = LocalDate.now(Due.ZONE);
        String condition = switch (range) {
            case "overdue" -> " AND t.due_date < :dueToday";
            case "today" -> " AND t.due_date = :dueToday";
            case "week" -> " AND t.due_date BETWEEN :dueToday AND :dueWeekEnd";
            case "none" -> " AND t.due_date IS NULL";
            default -> "";
        };
        if (condition.contains(":dueToday")) {
            params.put("dueToday", today);
        }
        if (condition.contains(":dueWeekEnd")) {
            params.put("dueWeekEnd", endOfWeek(today));
        }
        return condition;
    }

    /** The range a due date falls into now: overdue, today, week, later or none. */
    public static String of(Due due) {
        if (due == null) {
            return "none";
        }
        if (due.overdue()) {
            return "overdue";
        }
        LocalDate today = LocalDate.now(Due.ZONE);
        return due.date().equals(today) ? "today" : !due.date().isAfter(endOfWeek(today)) ? "week" : "later";
    }

    private static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
