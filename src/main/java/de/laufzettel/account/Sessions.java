package de.laufzettel.account;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The sessions of an account, wherever they were opened: they all live in the database. */
@Component
public class Sessions {
    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    /** Ends every session of the account at once, on every node. */
    public void endAll(UUID accountId) {
        repository.findByPrincipalName(accountId.toString()).keySet().forEach(repository::deleteById);
    }
}
