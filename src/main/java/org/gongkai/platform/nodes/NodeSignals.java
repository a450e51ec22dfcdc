package org.gongkai.platform.nodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other application nodes on the same PostgreSQL that something changed, through {@code LISTEN/NOTIFY}:
 * a node's caches (rendered pages, the search index, the calendar) follow a change another node committed.
 *
 * <p>{@link #send} inside a transaction is delivered when (and only if) it commits; outside one at once. A node
 * never hears its own signals (it acts on its own changes directly). Each node keeps one connection listening;
 * when that connection is lost, signals sent meanwhile are lost with it, so after reconnecting every listener's
 * {@code missed} action runs with the moment from which signals may be missing (the last time the connection was
 * heard working, less a minute): empty a cache, re-read what changed since then.
 */
@Component
public class NodeSignals implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(NodeSignals.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final String PREFIX = "gongkai_";
    private static final int WAIT_MILLIS = 250;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private record Listener(Consumer<String> onSignal, Consumer<Instant> missed) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Set<String> listening = ConcurrentHashMap.newKeySet();
    private volatile Thread thread;
    private volatile boolean running;
    private volatile Instant lastHeard;

    private final Clock clock;

    public NodeSignals(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** This node's id, as the other nodes see it in a signal. */
    public String node() {
        return node;
    }

    /** Tells the other nodes: {@code payload} (short text, e.g. an id) on {@code channel} (lower-case name). */
    public void send(String channel, String payload) {
        jdbc.sql("select pg_notify(?, ?)")
                .param(PREFIX + checked(channel))
                .param(node + " " + payload)
                .query()
                .singleRow();
    }

    /**
     * Calls {@code onSignal} with the payload of every signal another node sends on {@code channel}, on this node's
     * listening thread; {@code missed} runs after the listening connection was lost and found again, with the
     * moment from which signals may be missing.
     */
    public void listen(String channel, Consumer<String> onSignal, Consumer<Instant> missed) {
        listeners
                .computeIfAbsent(PREFIX + checked(channel), c -> new CopyOnWriteArrayList<>())
                .add(new Listener(onSignal, missed));
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("gongkai-node-signals").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        boolean first = true;
        lastHeard = clock.instant();
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                listening.clear();
                if (!first) {
                    Instant since = lastHeard.minus(MARGIN);
                    LOG.info("node signals: listening again; refreshing what changed since {}", since);
                    listeners
                            .values()
                            .forEach(ls ->
                                    ls.forEach(l -> safely(() -> l.missed().accept(since))));
                }
                first = false;
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("node signals: listening connection lost ({}); retrying", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
            for (String channel : listeners.keySet()) {
                if (listening.add(channel)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("listen " + channel);
                    }
                }
            }
            PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
            lastHeard = clock.instant();
            if (received == null) {
                continue;
            }
            for (PGNotification n : received) {
                dispatch(n.getName(), n.getParameter());
            }
        }
    }

    private void dispatch(String channel, String parameter) {
        int space = parameter.indexOf(' ');
        if (space < 0 || parameter.substring(0, space).equals(node)) {
            return;
        }
        String payload = parameter.substring(space + 1);
        for (Listener l : listeners.getOrDefault(channel, List.of())) {
            safely(() -> l.onSignal().accept(payload));
        }
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("node signals: a listener failed", e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String checked(String channel) {
        if (!NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("bad channel name: " + channel);
        }
        return channel;
    }
}
