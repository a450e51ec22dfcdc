package org.gongkai.search.persistence;

import java.time.Clock;
import org.gongkai.search.CatalogSearch;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With a shared engine ({@code GONGKAI_SEARCH_URL}) changes reach it through the outbox ({@link SearchOutbox}),
 * drained after each commit and every second while rows wait.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${gongkai.search.url:}'.isBlank()")
class OutboxConfig {

    @Bean
    SearchOutbox searchUpdates(
            JdbcClient jdbc, PlatformTransactionManager transactions, CatalogSearch search, Clock clock) {
        return new SearchOutbox(jdbc, transactions, search, clock);
    }

    @Bean
    OutboxRetry outboxRetry(SearchOutbox outbox) {
        return new OutboxRetry(outbox);
    }

    /** Drains what waits in the outbox (after the engine was unreachable, or rows another node left). */
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
                LoggerFactory.getLogger(OutboxRetry.class).warn("search outbox: {}", e.getMessage());
            }
        }
    }
}
