package org.gongkai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which search engine serves the catalogue.
 *
 * @param url      an OpenSearch cluster ({@code GONGKAI_SEARCH_URL}, e.g. {@code http://search1:9200}); blank: the
 *                 embedded index under the data directory
 * @param index    the alias the platform reads and writes through ({@code GONGKAI_SEARCH_INDEX}); several platforms
 *                 may share a cluster with different aliases
 * @param replicas replicas of each shard ({@code GONGKAI_SEARCH_REPLICAS}, default 1: every item on two nodes)
 */
@ConfigurationProperties("gongkai.search")
public record SearchSettings(
        String url,
        @DefaultValue("gongkai-catalog") String index,
        @DefaultValue("1") int replicas) {

    public SearchSettings {
        url = url == null ? "" : url.strip();
        index = index == null || index.isBlank() ? "gongkai-catalog" : index.strip();
    }

    public boolean external() {
        return !url.isEmpty();
    }
}
