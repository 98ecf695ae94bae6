package de.laufzettel.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.AppTest;
import de.laufzettel.support.Web;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;

class HealthAndMetricsTest extends AppTest {
    @Autowired
    SecurityObservationSettings securityObservations;

    @Test
    void livenessAndReadinessAreUpAndPublic() {
        Web.Page live = web().get("/actuator/health/liveness");
        Web.Page ready = web().get("/actuator/health/readiness");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"UP\"");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }

    @Test
    void metricsAreForOperatorsWithTheTokenOnly() {
        assertThat(web().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(web().withHeader("Authorization", "Bearer falsch").get("/actuator/prometheus").status())
                .isIn(401, 403);
        Web.Page metrics = web().withHeader("Authorization", "Bearer " + METRICS_TOKEN).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests_seconds")
                .doesNotContain("spring_security");
        assertThat(web().get("/actuator/env").status()).isIn(401, 403, 404);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Web.Page login = web().get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        // HSTS only when served over HTTPS, which this test server is not.
        assertThat(login.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void unknownPagesAndErrorsShowNoStackTrace() {
        Web.Page missing = web().get("/gibt/es/nicht");
        assertThat(missing.status()).isIn(302, 404);
        Web.Page publicMissing = web().get("/css/nicht-da.css");
        assertThat(publicMissing.status()).isEqualTo(404);
        assertThat(publicMissing.body()).contains("Seite nicht gefunden").doesNotContain("Exception");
    }

    /**
     * Spring Security observes nothing: otherwise it wraps each of its filters on every request to
     * ask whether to observe it, even with its observations switched off by property.
     */
    @Test
    void securityIsNotObserved() {
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }
}
