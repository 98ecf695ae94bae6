package de.laufzettel.task;

import de.laufzettel.web.Form;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reading dates and times from forms, with a message for what cannot be read. */
final class TaskForms {
    private TaskForms() {
    }

    /** The due date from the fields "due" (yyyy-mm-dd) and "dueTime" (hh:mm), or null when empty. */
    static Due due(Form form) {
        String date = form.value("due").strip();
        String time = form.value("dueTime").strip();
        if (date.isEmpty()) {
            if (!time.isEmpty()) {
                form.reject("due", "task.due.timeWithoutDate");
            }
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            form.reject("due", "validation.date");
            return null;
        }
        if (!Due.plausible(day)) {
            form.reject("due", "validation.date");
            return null;
        }
        if (time.isEmpty()) {
            return new Due(day, null);
        }
        try {
            return new Due(day, LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            form.reject("dueTime", "validation.time");
            return null;
        }
    }
}
