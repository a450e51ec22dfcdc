package org.gongkai.platform.uploads;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.platform.uploads.UploadRefusedException.Reason;

/**
 * Parsing with a time budget: each parse runs on its own daemon thread, at most as many at once as the machine
 * has cores (at least two), and the caller waits at most the budget. A parse past its budget is interrupted and
 * abandoned; its slot stays taken until it really ends, so abandoned parses cannot pile up.
 */
final class BoundedParsing {

    private static final Semaphore SLOTS =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private static final AtomicInteger THREADS = new AtomicInteger();

    private BoundedParsing() {}

    static <T> T run(String name, Duration budget, Callable<T> task) throws Exception {
        long millis = budget.toMillis();
        if (!SLOTS.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            throw new UploadRefusedException(Reason.BUSY, name);
        }
        FutureTask<T> future = new FutureTask<>(task);
        Thread worker = new Thread(
                () -> {
                    try {
                        future.run();
                    } finally {
                        SLOTS.release();
                    }
                },
                "upload-parse-" + THREADS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new UploadRefusedException(Reason.TOO_SLOW, name, Math.max(1, budget.toSeconds()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new UploadRefusedException(Reason.TOO_SLOW, name, Math.max(1, budget.toSeconds()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw (Exception) cause;
        }
    }
}
