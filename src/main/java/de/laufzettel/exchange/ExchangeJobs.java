package de.laufzettel.exchange;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clean-up of export archives, import uploads, staging directories and import records, on
 * every node unless {@code LAUFZETTEL_JOBS=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "laufzettel.jobs", havingValue = "true", matchIfMissing = true)
class ExchangeJobs {
    private static final Logger log = LoggerFactory.getLogger(ExchangeJobs.class);

    private final ExportJobs exports;
    private final ImportUploads uploads;
    private final ImportJobs imports;
    private final OrganizationImport archives;

    ExchangeJobs(ExportJobs exports, ImportUploads uploads, ImportJobs imports, OrganizationImport archives) {
        this.exports = exports;
        this.imports = imports;
        this.archives = archives;
        this.uploads = uploads;
    }

    @Scheduled(fixedDelayString = "${laufzettel.export.cleanup:1h}", initialDelayString = "1m")
    void cleanUp() {
        exports.cleanUp();
        imports.cleanUp();
        try {
            uploads.deleteStale();
            archives.deleteStaleStaging();
        } catch (IOException e) {
            log.warn("Could not clean up import files: {}", e.getMessage());
        }
    }
}
