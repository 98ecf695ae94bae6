package de.laufzettel.account;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * The principal kept in the session. Its name is the account ID, which is what the session store
 * indexes, so that all sessions of an account can be found and ended.
 */
public record SignedInUser(UUID id, String email) implements Principal, Serializable {
    @Override
    public String getName() {
        return id.toString();
    }
}
