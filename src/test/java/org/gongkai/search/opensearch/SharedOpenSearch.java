package org.gongkai.search.opensearch;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real OpenSearch node for all the tests of a run (started on first use, about 10 s; stopped when the test JVM
 * ends), data and logs under {@code target/opensearch-test/shared}. Each test takes its own index alias.
 */
public final class SharedOpenSearch {

    private static final AtomicInteger ALIASES = new AtomicInteger();
    private static OpenSearchNode node;

    private SharedOpenSearch() {}

    public static synchronized String url() {
        if (node == null) {
            node = OpenSearchNode.start(dir("shared"), 1, 512);
            OpenSearchNode started = node;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "opensearch-test-stop"));
        }
        return node.url();
    }

    /** A name no other test of this run uses. */
    public static String newAlias(String prefix) {
        return prefix + "-" + ALIASES.incrementAndGet();
    }

    public static Path dir(String name) {
        return Path.of(System.getProperty("gongkai.test.target", "target"), "opensearch-test", name)
                .toAbsolutePath();
    }
}
