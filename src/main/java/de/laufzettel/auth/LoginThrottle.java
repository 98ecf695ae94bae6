package de.laufzettel.auth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after 10 failed logins for an e-mail address within 15 minutes, that
 * address is refused for 15 minutes. It counts by address whether or not an account has it, so
 * the lock-out reveals nothing about who has an account.
 */
@Component
class LoginThrottle {
    static final int MAX_FAILURES = 10;
    static final String WINDOW = "15 minutes";

    private final JdbcClient db;

    LoginThrottle(JdbcClient db) {
        this.db = db;
    }

    boolean isLocked(String email) {
        return db.sql("SELECT count(*) FROM login_lock WHERE email = :email AND locked_until > now()")
                .param("email", email).query(Integer.class).single() > 0;
    }

    void recordFailure(String email, String remoteAddress) {
        db.sql("INSERT INTO login_failure (email, remote_address) VALUES (:email, :address)")
                .param("email", email).param("address", remoteAddress).update();
        int recent = db.sql("""
                SELECT count(*) FROM login_failure
                WHERE email = :email AND attempted_at > now() - CAST(:window AS interval)
                """)
                .param("email", email).param("window", WINDOW).query(Integer.class).single();
        if (recent >= MAX_FAILURES) {
            db.sql("""
                    INSERT INTO login_lock (email, locked_until) VALUES (:email, now() + CAST(:window AS interval))
                    ON CONFLICT (email) DO UPDATE SET locked_until = EXCLUDED.locked_until
                    """)
                    .param("email", email).param("window", WINDOW).update();
            db.sql("DELETE FROM login_failure WHERE email = :email").param("email", email).update();
        }
    }

    void clear(String email) {
        db.sql("DELETE FROM login_failure WHERE email = :email").param("email", email).update();
    }
}
