package org.gongkai.search.opensearch;

import java.time.Clock;
import org.gongkai.search.SearchSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code GONGKAI_SEARCH_URL} the catalogue is searched on that OpenSearch cluster (changes reach it through
 * the outbox, {@code search.persistence.OutboxConfig}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${gongkai.search.url:}'.isBlank()")
class OpenSearchConfig {

    @Bean
    OpenSearchCatalogSearch catalogSearch(SearchSettings settings, Clock clock) {
        return new OpenSearchCatalogSearch(settings.url(), settings.index(), settings.replicas(), clock);
    }
}
