package de.laufzettel.notification;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe links in notification e-mails: the account and the kind (or the whole
 * digest), signed with a key of this installation, so a link works without signing in and cannot
 * be made up for somebody else. The key lives in the database, so that every node accepts the
 * links of every other.
 */
@Component
class UnsubscribeLinks {
    /** Stands for "every kind I get in the digest". */
    static final int DIGEST = 255;
    private static final int MAC_BYTES = 16;

    private final JdbcClient db;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient db) {
        this.db = db;
    }

    /** The token for one kind, or {@link #DIGEST} as kind index. */
    String token(UUID accountId, int kind) {
        ByteBuffer payload = ByteBuffer.allocate(17).putLong(accountId.getMostSignificantBits())
                .putLong(accountId.getLeastSignificantBits()).put((byte) kind);
        byte[] mac = Arrays.copyOf(sign(payload.array()), MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ByteBuffer.allocate(17 + MAC_BYTES).put(payload.array()).put(mac).array());
    }

    /** What a token stands for, when it is genuine. */
    Optional<Target> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (bytes.length != 17 + MAC_BYTES) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, 17);
        byte[] mac = Arrays.copyOfRange(bytes, 17, bytes.length);
        if (!MessageDigest.isEqual(mac, Arrays.copyOf(sign(payload), MAC_BYTES))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID account = new UUID(buffer.getLong(), buffer.getLong());
        int kind = buffer.get() & 0xff;
        if (kind != DIGEST && kind >= NotificationKind.values().length) {
            return Optional.empty();
        }
        return Optional.of(new Target(account, kind == DIGEST ? null : NotificationKind.values()[kind]));
    }

    /** An account and a kind; no kind means the whole digest. */
    record Target(UUID accountId, NotificationKind kind) {
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // The first node to get here creates the key; everyone reads the one that won.
            db.sql("INSERT INTO instance_secret (name, value) VALUES ('unsubscribe', :value) ON CONFLICT DO NOTHING")
                    .param("value", fresh).update();
            current = db.sql("SELECT value FROM instance_secret WHERE name = 'unsubscribe'").query(byte[].class).single();
            key = current;
        }
        return current;
    }
}
