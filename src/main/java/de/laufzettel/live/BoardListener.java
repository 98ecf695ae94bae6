package de.laufzettel.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * LISTENs for board signals on one database connection of its own and passes them to the
 * browsers on this node. If the database goes away it reconnects, so a restart of PostgreSQL
 * interrupts live updates only briefly.
 */
@Component
class BoardListener implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(BoardListener.class);

    private final DataSource dataSource;
    private final LiveBoards boards;
    private volatile boolean running;
    private Thread thread;

    BoardListener(DataSource dataSource, LiveBoards boards) {
        this.dataSource = dataSource;
        this.boards = boards;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("live-board-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + BoardSignal.CHANNEL);
                    listen.execute("LISTEN " + PersonSignal.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getName(), notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Live updates paused, database unreachable: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void dispatch(String channel, String payload) {
        if (PersonSignal.CHANNEL.equals(channel)) {
            try {
                boards.personChanged(UUID.fromString(payload));
            } catch (IllegalArgumentException malformed) {
                log.debug("Ignoring malformed person signal {}", payload);
            }
            return;
        }
        int slash = payload.indexOf('/');
        if (slash > 0) {
            try {
                boards.changed(UUID.fromString(payload.substring(slash + 1)));
            } catch (IllegalArgumentException malformed) {
                log.debug("Ignoring malformed board signal {}", payload);
            }
        }
    }

    /** Back-off before reconnecting, so a database that is down is not hammered with connection attempts. */
    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
