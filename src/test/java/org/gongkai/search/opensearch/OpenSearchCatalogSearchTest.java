package org.gongkai.search.opensearch;

import java.time.Clock;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.CatalogSearchBehaviour;

/** The search behaviour on a real OpenSearch node (shared by the run), a new index alias per test. */
class OpenSearchCatalogSearchTest extends CatalogSearchBehaviour {

    @Override
    protected CatalogSearch open() {
        return new OpenSearchCatalogSearch(
                SharedOpenSearch.url(), SharedOpenSearch.newAlias("behaviour"), 0, Clock.systemUTC());
    }

    @Override
    protected void close(CatalogSearch engine) {
        // the node's indices go with the node
    }
}
