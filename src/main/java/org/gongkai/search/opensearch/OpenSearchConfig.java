package org.gongkai.search.opensearch;

import java.time.Clock;
import org.gongkai.search.SearchSettings;
import org.gongkai.search.persistence.SearchOutbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With {@code GONGKAI_SEARCH_URL} the catalogue is searched on that OpenSearch cluster, and changes reach it through
 * the outbox ({@link SearchOutbox}), drained after each commit and every second while rows wait.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${gongkai.search.url:}'.isBlank()")
class OpenSearchConfig {

    @Bean
    OpenSearchCatalogSearch catalogSearch(SearchSettings settings, Clock clock) {
        return new OpenSearchCatalogSearch(settings.url(), settings.index(), settings.replicas(), clock);
    }

    @Bean
    SearchOutbox searchUpdates(
            JdbcClient jdbc, PlatformTransactionManager transactions, OpenSearchCatalogSearch search, Clock clock) {
        return new SearchOutbox(jdbc, transactions, search, clock);
    }

    @Bean
    OutboxRetry outboxRetry(SearchOutbox outbox) {
        return new OutboxRetry(outbox);
    }

    /** Drains what waits in the outbox every second (after OpenSearch was unreachable, or another node's rows). */
    static final class OutboxRetry {

        private final SearchOutbox outbox;

        OutboxRetry(SearchOutbox outbox) {
            this.outbox = outbox;
        }

        @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT1S")
        void drain() {
            try {
                outbox.drainDue();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(OutboxRetry.class).warn("search outbox: {}", e.getMessage());
            }
        }
    }
}
