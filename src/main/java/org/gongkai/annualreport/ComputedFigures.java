package org.gongkai.annualreport;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.gongkai.platform.audit.AuditedChange;
import org.gongkai.platform.nodes.NodeSignals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Report figures computed from the records (a unit's or government's report for a year, units' figures side by
 * side), kept until anything changes: every change of the platform is audited ({@link AuditedChange}), and when a
 * change commits, on this node or — through {@link NodeSignals} — on another, every kept figure is dropped.
 *
 * <p>A computation that ran while a change committed is not kept: each is kept with the generation it started
 * in, and a commit moves the generation on. Only past years are kept (the current year's figures are read live).
 */
@Component
public class ComputedFigures {

    static final String CHANNEL = "report_figures";

    private record Kept(long generation, Object value) {}

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final NodeSignals signals;

    ComputedFigures(NodeSignals signals) {
        this.signals = signals;
        signals.listen(CHANNEL, payload -> forget(), (Instant since) -> forget());
    }

    /** The value kept under {@code key} since the last change, or {@code compute}'s, kept if nothing changed meanwhile. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long g = generation.get();
        Kept k = kept.get(key);
        if (k != null && k.generation() == g) {
            return (T) k.value();
        }
        T value = compute.get();
        if (generation.get() == g) {
            kept.put(key, new Kept(g, value));
        }
        return value;
    }

    /** Tells the other nodes when (and if) the change commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void tellOtherNodes(AuditedChange change) {
        signals.send(CHANNEL, "changed");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(AuditedChange change) {
        forget();
    }

    /** Drops every kept figure. */
    void forget() {
        generation.incrementAndGet();
        kept.clear();
    }

    /** How many figures are kept now. */
    int size() {
        return kept.size();
    }
}
