package org.gongkai.annualreport;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gongkai.platform.LimitProperties;
import org.gongkai.platform.errors.ServiceBusyException;
import org.springframework.stereotype.Component;

/**
 * Bounds how many reports are rendered to PDF or Word at once ({@code gongkai.limits.live-renderings}, default 2)
 * on this node, so that rendering cannot starve the portal. A request that finds no free slot within
 * {@code gongkai.limits.render-queue-wait} is refused at once with 503 and Retry-After, never queued for long.
 */
@Component
public class RenderingSlots {

    /** A held slot; closing it frees the slot. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore slots;
    private final Duration queueWait;

    RenderingSlots(LimitProperties limits) {
        this.slots = new Semaphore(Math.max(1, limits.liveRenderings()), true);
        this.queueWait = limits.renderQueueWait();
    }

    /** A free slot, waiting at most the configured time; else {@link ServiceBusyException}. */
    public Slot acquire() {
        try {
            if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceBusyException(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(Duration.ofSeconds(5));
        }
        return slots::release;
    }
}
