package org.castellan.backup.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs file work (copying slices, hashing files) on a few threads, with progress and cancel
 * reported from the calling thread only (a progress monitor is not thread-safe). Returns only
 * once every worker has stopped, so that a failed or cancelled run can remove what it wrote.
 */
final class Parallel {

    /** One piece of file work. */
    @FunctionalInterface
    interface Task {
        void run() throws IOException;
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private Parallel() {
    }

    /** As many workers as cores, at least two (one can wait for the disk while the other computes), at most four. */
    static int workers() {
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    static void run(List<Task> tasks, SubMonitor monitor) throws IOException {
        try (Running running = start(tasks)) {
            running.await(monitor);
        }
    }

    /**
     * Starts the tasks on a few threads and returns at once, so that the calling thread can do
     * other work meanwhile; {@link Running#await} then waits for them with progress and cancel.
     */
    static Running start(List<Task> tasks) {
        return new Running(tasks);
    }

    /** Tasks under way. Closing it stops the tasks not yet started and waits for the others. */
    static final class Running implements AutoCloseable {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ExecutorService pool;
        private final List<Future<?>> futures;

        private Running(List<Task> tasks) {
            pool = Executors.newFixedThreadPool(Math.max(1, Math.min(tasks.size(), workers())), r -> {
                Thread t = new Thread(r, "castellan-backup-io-" + THREADS.incrementAndGet()); //$NON-NLS-1$
                t.setDaemon(true);
                return t;
            });
            futures = new ArrayList<>(tasks.size());
            for (Task task : tasks) {
                futures.add(pool.submit(() -> {
                    if (!stop.get()) {
                        task.run();
                    }
                    return null;
                }));
            }
            pool.shutdown();
        }

        /** Waits for every task, reporting one unit of work each; the first failure stops the others and is thrown. */
        void await(SubMonitor monitor) throws IOException {
            monitor.setWorkRemaining(futures.size());
            for (Future<?> future : futures) {
                Parallel.await(future, monitor, stop);
                monitor.worked(1);
            }
        }

        @Override
        public void close() {
            stop.set(true);
            awaitTermination(pool);
        }
    }

    private static void await(Future<?> future, SubMonitor monitor, AtomicBoolean stop) throws IOException {
        while (true) {
            if (monitor.isCanceled()) {
                stop.set(true);
                throw new OperationCanceledException();
            }
            try {
                future.get(50, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // not done yet: look at the cancel button again
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            } catch (ExecutionException e) {
                stop.set(true);
                throw unwrap(e.getCause());
            }
        }
    }

    private static IOException unwrap(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException(cause);
    }

    /** Waits for the workers (they stop within one slice) without interrupting them: an interrupt would leave files half-written. */
    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
