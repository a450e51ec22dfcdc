package org.gongkai.search.lucene;

import java.nio.file.Path;
import org.gongkai.search.CatalogSearch;
import org.gongkai.search.CatalogSearchBehaviour;

/** The search behaviour on the embedded Lucene index, in a fresh directory under target/ per test. */
class LuceneCatalogSearchTest extends CatalogSearchBehaviour {

    @Override
    protected CatalogSearch open() {
        return new LuceneCatalogSearch(Path.of(
                System.getProperty("gongkai.test.target", "target"), "search-test", Long.toString(System.nanoTime())));
    }

    @Override
    protected void close(CatalogSearch engine) {
        ((LuceneCatalogSearch) engine).close();
    }
}
