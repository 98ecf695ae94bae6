package de.laufzettel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Timed background work (e-mail, digests, reminders, clean-ups) runs on every node; the work
 * itself is made safe for several nodes in the database. {@code LAUFZETTEL_JOBS=false} switches it
 * off on a node, and the command-line tools run without it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "laufzettel.jobs", havingValue = "true", matchIfMissing = true)
class BackgroundJobs {
}
