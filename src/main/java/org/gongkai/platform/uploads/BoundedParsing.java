package org.gongkai.platform.uploads;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.platform.uploads.UploadRefusedException.Reason;

/**
 * Parsing with a time budget: each parse runs on a daemon thread of its own while it runs, at most as many at once
 * as the machine has cores (at least two), and the caller waits at most the budget. A parse past its budget is
 * interrupted and abandoned; its slot stays taken until it really ends, so abandoned parses cannot pile up. Threads
 * are kept for reuse a minute after their parse (starting a thread costs about as much CPU as reading a small text).
 */
final class BoundedParsing {

    private static final Semaphore SLOTS =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, "upload-parse-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private BoundedParsing() {}

    static <T> T run(String name, Duration budget, Callable<T> task) throws Exception {
        long millis = budget.toMillis();
        if (!SLOTS.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            throw new UploadRefusedException(Reason.BUSY, name);
        }
        FutureTask<T> future = new FutureTask<>(task);
        try {
            WORKERS.execute(() -> {
                try {
                    future.run();
                } finally {
                    SLOTS.release();
                }
            });
        } catch (RuntimeException e) {
            SLOTS.release();
            throw e;
        }
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
