package org.gongkai.search.lucene;

import org.gongkai.platform.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded search index lives in {@code <data dir>/search/catalog}. */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

    @Bean(destroyMethod = "close")
    LuceneCatalogSearch catalogSearch(GongkaiProperties settings) {
        return new LuceneCatalogSearch(settings.dataDir().resolve("search").resolve("catalog"));
    }
}
