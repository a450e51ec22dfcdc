package org.gongkai.reportreading.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A portal on the loopback interface for the fetch tests: pages served by path, 404 for the rest, every request
 * remembered as host and path. The same server answers as {@link #base()} (127.0.0.1) and {@link #otherHost()}
 * (localhost), which the fetch must treat as another host. {@link Route}s answer the paths a test makes hostile.
 */
public final class LocalPortal implements AutoCloseable {

    /** A page's content type and bytes. */
    public record Page(String type, byte[] body) {}

    /** Answers a request itself (a redirect, a body without a length); false leaves it to the pages. */
    @FunctionalInterface
    public interface Route {
        boolean answer(HttpExchange x, String path) throws IOException;
    }

    private final HttpServer server;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    private LocalPortal(HttpServer server) {
        this.server = server;
    }

    /** Starts a portal; {@code pages} may be built after, from {@link #base()} and {@link #otherHost()}. */
    public static LocalPortal start(Map<String, Page> pages) throws IOException {
        return start(pages, (x, path) -> false);
    }

    public static LocalPortal start(Map<String, Page> pages, Route route) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LocalPortal portal = new LocalPortal(server);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            portal.requested.add(x.getRequestHeaders().getFirst("Host") + path);
            if (route.answer(x, path)) {
                return;
            }
            Page p = pages.get(path);
            if (p == null) {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            x.getResponseHeaders().add("Content-Type", p.type());
            x.sendResponseHeaders(200, p.body().length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(p.body());
            }
        });
        server.start();
        return portal;
    }

    /** The port, known before the pages are: a test may bind first and fill a mutable map after. */
    public int port() {
        return server.getAddress().getPort();
    }

    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public String otherHost() {
        return "http://localhost:" + port();
    }

    /** Host and path of every request so far ("127.0.0.1:PORT/art/a.html"). */
    public Set<String> requested() {
        return requested;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
