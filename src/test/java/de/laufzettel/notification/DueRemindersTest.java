package de.laufzettel.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.account.Account;
import de.laufzettel.organization.Role;
import de.laufzettel.support.AppTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Due reminders fire once per task and day, however many nodes run the job at the same moment and
 * however often it runs again (as after a restart). The dates lie far in the future, so the
 * application's own timer, running on today's date, never touches these tasks.
 */
class DueRemindersTest extends AppTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationMailer mailer;

    @Test
    void twoNodesRemindExactlyOnceTheDayBeforeAndOnTheDay() throws Exception {
        LocalDate due = LocalDate.of(2091, 3, 14);
        BoardWithTask s = boardWithTask("Erinnerstadt", "Antrag einreichen");
        Account ben = s.org().member("Ben Bauer", Role.MEMBER);
        Account gone = s.org().member("Gerd Gegangen", Role.MEMBER);
        s.web().post(s.board() + "/members", "userId", ben.id().toString(), "role", "member");
        s.web().post(s.board() + "/members", "userId", gone.id().toString(), "role", "member");
        s.web().post(s.task(), "_method", "put", "version", "0", "title", "Antrag einreichen", "notes", "",
                "assignee", ben.id().toString(), "due", due.toString(), "dueTime", "");
        String second = newTask(s, "Bericht abgeben", gone, due);
        String done = newTask(s, "Schon erledigt", ben, due);
        s.web().post(done + "/completion");
        s.web().post("/" + s.org().slug() + "/members/" + gone.id() + "/deactivation");
        db.sql("DELETE FROM notification WHERE organization_id = :o").param("o", s.org().org().id()).update();

        // Early in the morning before the reminder hour: nothing yet.
        assertThat(runOnTwoNodes(at(due.minusDays(1), 6, 30))).isZero();
        // The day before, two nodes at once: one reminder for Ben; none for the completed task,
        // none for the deactivated Gerd (whose reminder still counts as done).
        assertThat(runOnTwoNodes(at(due.minusDays(1), 8, 0))).isEqualTo(1);
        // Again, as after a restart: nothing new.
        assertThat(runOnTwoNodes(at(due.minusDays(1), 15, 0))).isZero();
        // On the day: the second reminder.
        assertThat(runOnTwoNodes(at(due, 7, 5))).isEqualTo(1);
        assertThat(runOnTwoNodes(at(due, 7, 6))).isZero();

        assertThat(db.sql("""
                SELECT details ->> 'days' FROM notification
                WHERE organization_id = :o AND recipient_id = :u AND kind = 'due' ORDER BY created_at
                """).param("o", s.org().org().id()).param("u", ben.id()).query(String.class).list())
                .containsExactly("1", "0");
        assertThat(db.sql("SELECT count(*) FROM notification WHERE recipient_id = :u").param("u", gone.id())
                .query(Integer.class).single()).isZero();
        assertThat(db.sql("SELECT count(*) FROM due_reminder WHERE organization_id = :o")
                .param("o", s.org().org().id()).query(Integer.class).single()).isEqualTo(4);
        assertThat(web().login(ben.email(), PASSWORD).get("/notifications").body())
                .contains("„Antrag einreichen“ ist morgen fällig").contains("„Antrag einreichen“ ist heute fällig");
        assertThat(second).isNotBlank();

        // A new due date is a new reminder.
        LocalDate later = due.plusDays(7);
        db.sql("UPDATE task SET due_date = :d WHERE organization_id = :o AND title = 'Antrag einreichen'")
                .param("d", later).param("o", s.org().org().id()).update();
        assertThat(runOnTwoNodes(at(later, 9, 0))).isEqualTo(1);
    }

    private String newTask(BoardWithTask s, String title, Account assignee, LocalDate due) {
        UUID section = db.sql("SELECT id FROM section WHERE project_id = :p ORDER BY rank LIMIT 1")
                .param("p", s.project()).query(UUID.class).single();
        s.web().withHeader("HX-Request", "true").post(s.board() + "/sections/" + section + "/tasks", "title", title);
        long number = db.sql("SELECT number FROM task WHERE project_id = :p AND title = :t").param("p", s.project())
                .param("t", title).query(Long.class).single();
        String path = s.board() + "/tasks/" + number;
        s.web().post(path, "_method", "put", "version", "0", "title", title, "notes", "",
                "assignee", assignee.id().toString(), "due", due.toString(), "dueTime", "");
        return path;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    /** Two job instances, as on two app nodes, against the one database, started together. */
    private long runOnTwoNodes(Instant now) throws Exception {
        DueReminders first = new DueReminders(notifications, mailer, List.of(1, 0), 7);
        DueReminders second = new DueReminders(notifications, mailer, List.of(1, 0), 7);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Callable<Long> a = () -> { start.await(); return inTransaction(() -> first.run(now)); };
            Callable<Long> b = () -> { start.await(); return inTransaction(() -> second.run(now)); };
            Future<Long> fa = nodes.submit(a);
            Future<Long> fb = nodes.submit(b);
            start.countDown();
            return fa.get() + fb.get();
        } finally {
            nodes.shutdown();
        }
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private long inTransaction(java.util.function.Supplier<Long> work) {
        return tx.execute(status -> work.get());
    }
}
