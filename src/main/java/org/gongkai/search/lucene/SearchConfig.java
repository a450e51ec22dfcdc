package org.gongkai.search.lucene;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.DirectSearchUpdates;
import org.gongkai.search.SearchUpdates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code GONGKAI_SEARCH_URL} the embedded search index, in {@code <data dir>/search/catalog}; changes go
 * to it directly after their commit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${gongkai.search.url:}'.isBlank()")
class SearchConfig {

    @Bean(destroyMethod = "close")
    LuceneCatalogSearch catalogSearch(GongkaiProperties settings) {
        return new LuceneCatalogSearch(settings.dataDir().resolve("search").resolve("catalog"));
    }

    @Bean
    SearchUpdates searchUpdates(CatalogSearch search) {
        return new DirectSearchUpdates(search);
    }
}
