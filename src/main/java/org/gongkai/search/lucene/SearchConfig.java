package org.gongkai.search.lucene;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded search index lives in {@code <data dir>/search/catalog}. */
@Configuration(proxyBeanMethods = false)
class SearchConfig {

    @Bean(destroyMethod = "close")
    LuceneCatalogSearch catalogSearch(@Value("${gongkai.data-dir:data}") Path dataDir) {
        return new LuceneCatalogSearch(
                dataDir.toAbsolutePath().normalize().resolve("search").resolve("catalog"));
    }
}
