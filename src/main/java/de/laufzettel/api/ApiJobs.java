package de.laufzettel.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Forgets old idempotency keys, on every node unless {@code LAUFZETTEL_JOBS=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "laufzettel.jobs", havingValue = "true", matchIfMissing = true)
class ApiJobs {
    private final Idempotency idempotency;

    ApiJobs(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "5m")
    void cleanUp() {
        idempotency.deleteExpired();
    }
}
