package de.laufzettel.api;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on creates: the key is claimed in the same transaction as the create, so
 * a retry (also one arriving while the first is still running, which waits for it on the key's
 * row) gets the first answer again instead of a second object. The same key with another body is
 * refused (422). Keys are per token and kept for a day ({@link #deleteExpired}).
 */
@Component
class Idempotency {
    static final int KEY_MAX = 200;

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    Idempotency(JdbcClient db, TransactionTemplate tx, JsonMapper json) {
        this.db = db;
        this.tx = tx;
        this.json = json;
    }

    ResponseEntity<?> once(ApiTokens.Caller caller, java.util.UUID target, String key, Map<String, Object> request,
            Supplier<ResponseEntity<?>> create) {
        if (key == null) {
            return tx.execute(status -> create.get());
        }
        if (key.isBlank() || key.length() > KEY_MAX) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "api.problem.idempotencyKey", KEY_MAX);
        }
        // The same key for another project's create, or with another body, is another request.
        byte[] hash = de.laufzettel.web.SecretTokens.hash(
                target + " " + json.writeValueAsString(new java.util.TreeMap<>(request)));
        return tx.execute(status -> {
            boolean claimed = db.sql("""
                    INSERT INTO api_idempotency (organization_id, token_id, key, request_hash)
                    VALUES (:org, :token, :key, :hash)
                    ON CONFLICT (organization_id, token_id, key) DO UPDATE
                        SET request_hash = EXCLUDED.request_hash, status = NULL, location = NULL,
                            body = NULL, created_at = now()
                        WHERE api_idempotency.created_at < now() - interval '1 day'
                    RETURNING true
                    """).param("org", caller.member().organizationId()).param("token", caller.tokenId())
                    .param("key", key).param("hash", hash).query(Boolean.class).optional().orElse(false);
            if (!claimed) {
                return replay(caller, key, hash);
            }
            ResponseEntity<?> response = create.get();
            db.sql("""
                    UPDATE api_idempotency SET status = :status, location = :location, body = :body
                    WHERE organization_id = :org AND token_id = :token AND key = :key
                    """).param("status", response.getStatusCode().value())
                    .param("location", response.getHeaders().getFirst(HttpHeaders.LOCATION))
                    .param("body", json.writeValueAsString(response.getBody()))
                    .param("org", caller.member().organizationId()).param("token", caller.tokenId()).param("key", key)
                    .update();
            return response;
        });
    }

    private ResponseEntity<?> replay(ApiTokens.Caller caller, String key, byte[] hash) {
        record Stored(byte[] requestHash, Integer status, String location, String body) {
        }
        Stored stored = db.sql("""
                SELECT request_hash, status, location, body FROM api_idempotency
                WHERE organization_id = :org AND token_id = :token AND key = :key
                """).param("org", caller.member().organizationId()).param("token", caller.tokenId()).param("key", key)
                .query(Stored.class).single();
        if (!java.util.Arrays.equals(stored.requestHash(), hash)) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.idempotencyReused");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return answer.body(stored.body());
    }

    /** Forgets keys older than a day. Safe on every node. */
    void deleteExpired() {
        db.sql("DELETE FROM api_idempotency WHERE created_at < now() - interval '1 day'").update();
    }
}
