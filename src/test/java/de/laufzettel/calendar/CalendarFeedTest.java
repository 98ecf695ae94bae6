package de.laufzettel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFeedTest extends AppTest {
    private static final Pattern URL = Pattern.compile("value=\"(http[^\"]+/calendar/[^\"]+\\.ics)\"");

    private String createFeed(Web web) {
        Web.Page created = web.post("/profile/calendar");
        Matcher m = URL.matcher(web.get(created.location()).body());
        assertThat(m.find()).as("the new address is shown once").isTrue();
        return m.group(1).substring(m.group(1).indexOf("/calendar/"));
    }

    @Test
    void myDueTasksParseAsACalendarAndARenewedAddressRevokesTheOldOne() throws Exception {
        BoardWithTask s = boardWithTask("Kalenderstadt", "Präsentation erstellen");
        String due = LocalDate.now().plusDays(3).toString();
        s.web().post(s.task(), "_method", "put", "version", "0",
                "title", "Präsentation erstellen\r\nBEGIN:VEVENT\r\nSUMMARY:Eingeschleust; mit, Zeichen",
                "notes", "", "assignee", s.org().admin().id().toString(), "due", due, "dueTime", "14:30");
        BoardWithTask other = boardWithTask("Kalenderfremd", "Fremder Termin");
        other.web().post(other.task(), "_method", "put", "version", "0", "title", "Fremder Termin", "notes", "",
                "assignee", other.org().admin().id().toString(), "due", due, "dueTime", "");

        String feed = createFeed(s.web());
        Web.Page ics = web().get(feed);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        String summary = events.get(0).getSummary().getValue();
        assertThat(summary).startsWith("#").contains("Präsentation erstellen").contains("BEGIN:VEVENT")
                .contains("Eingeschleust; mit, Zeichen");
        assertThat(events.get(0).getUrl().getValue()).endsWith(s.task());
        assertThat(ics.body()).doesNotContain("Fremder Termin");
        assertThat(ics.body().lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);

        // Completed, the task leaves the feed.
        s.web().post(s.task() + "/completion");
        assertThat(new CalendarBuilder().build(new StringReader(web().get(feed).body())).getComponents("VEVENT")).isEmpty();

        String renewed = createFeed(s.web());
        assertThat(web().get(feed).status()).isEqualTo(404);
        assertThat(web().get(renewed).status()).isEqualTo(200);
        s.web().post("/profile/calendar", "_method", "delete");
        assertThat(web().get(renewed).status()).isEqualTo(404);
        assertThat(web().get("/calendar/erfunden.ics").status()).isEqualTo(404);
    }
}
