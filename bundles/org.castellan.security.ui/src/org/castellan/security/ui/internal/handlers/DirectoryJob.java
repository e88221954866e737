package org.castellan.security.ui.internal.handlers;

import java.util.function.Consumer;

import org.castellan.security.AccountException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Work that asks the directory (its timeouts bound it, but a server may take them whole): run in a
 * Job, never on the UI thread, its outcome handed back to the UI thread.
 */
final class DirectoryJob {

    /** What the job does off the UI thread. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws AccountException;
    }

    private DirectoryJob() {
    }

    /**
     * Schedules {@code work}; {@code done} gets its result, or {@code failed} the refusal's message,
     * on the UI thread of {@code display}.
     */
    static <T> Job run(Display display, String name, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        Job job = Job.create(name, monitor -> {
            monitor.beginTask(name, 1);
            try {
                T result = work.run();
                display.asyncExec(() -> done.accept(result));
            } catch (AccountException | RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                display.asyncExec(() -> failed.accept(message));
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
