package de.laufzettel.account;

import de.laufzettel.database.Ids;
import de.laufzettel.database.Read;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating, finding and changing accounts. */
@Service
public class Accounts {
    private static final String COLUMNS = "id, email, name, locale";

    private final JdbcClient db;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    /** E-mail addresses are compared without case and surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> findByEmail(String email) {
        return db.sql("SELECT " + COLUMNS + " FROM app_user WHERE email = :email")
                .param("email", normalizeEmail(email))
                .query(Account.class).optional();
    }

    public Optional<Account> findById(UUID id) {
        return readById(id).on(db);
    }

    public Read<Optional<Account>> readById(UUID id) {
        return Read.optional("SELECT " + COLUMNS + " FROM app_user WHERE id = :id", Map.of("id", id), Account.class);
    }

    /** Creates an account; the caller has checked that the e-mail address is free. */
    public Account create(String email, String name, String rawPassword, String locale) {
        Account account = new Account(Ids.newId(), normalizeEmail(email), name, locale);
        db.sql("""
                INSERT INTO app_user (id, email, name, password_hash, locale)
                VALUES (:id, :email, :name, :hash, :locale)
                """)
                .param("id", account.id()).param("email", account.email()).param("name", name)
                .param("hash", passwords.encode(rawPassword)).param("locale", locale)
                .update();
        return account;
    }

    /**
     * The account with this e-mail address and password, if both match. An unknown address costs
     * the same hashing time as a wrong password, so response times do not reveal which accounts exist.
     */
    public Optional<Account> authenticate(String email, String rawPassword) {
        record Credentials(UUID id, String passwordHash) {
        }
        Optional<Credentials> found = db.sql("SELECT id, password_hash FROM app_user WHERE email = :email")
                .param("email", normalizeEmail(email))
                .query(Credentials.class).optional();
        String hash = found.map(Credentials::passwordHash).orElse(null);
        boolean matches = passwords.matches(rawPassword == null ? "" : rawPassword, hash == null ? dummyHash() : hash);
        return matches && hash != null ? findById(found.get().id()) : Optional.empty();
    }

    private volatile String dummyHash;

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.encode("no account has this password");
        }
        return dummyHash;
    }

    /** Whether {@code rawPassword} is the account's password. */
    public boolean passwordMatches(UUID accountId, String rawPassword) {
        return db.sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", accountId)
                .query(String.class).optional()
                .map(hash -> rawPassword != null && passwords.matches(rawPassword, hash))
                .orElse(false);
    }

    public void changePassword(UUID accountId, String rawPassword) {
        db.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
                .param("hash", passwords.encode(rawPassword)).param("id", accountId)
                .update();
    }

    public void updateProfile(UUID accountId, String name, String locale) {
        db.sql("UPDATE app_user SET name = :name, locale = :locale WHERE id = :id")
                .param("name", name).param("locale", locale).param("id", accountId)
                .update();
    }
}
