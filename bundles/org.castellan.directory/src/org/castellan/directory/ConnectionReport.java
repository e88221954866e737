package org.castellan.directory;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DirectoryService#testConnection} found, step by step, in the order it tried them.
 *
 * @since 0.1
 */
public record ConnectionReport(List<Check> checks) {

    /** What a step checks. */
    public enum Step {
        /** The settings are complete and well formed. */
        SETTINGS,
        /** A server answers at a URL, over TLS when asked. */
        CONNECTION,
        /** The service account binds with its password. */
        SERVICE_ACCOUNT,
        /** The sample login is found under the base DN. */
        USER_SEARCH
    }

    /**
     * One step's outcome.
     *
     * @param subject what was tried (a URL, a DN, a login)
     * @param message what works, or what does not and what to do (translated)
     */
    public record Check(Step step, boolean passed, String subject, String message) {

        public Check {
            Objects.requireNonNull(step);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(message);
        }
    }

    public ConnectionReport {
        checks = List.copyOf(checks);
    }

    /** Whether every step passed (and at least one ran). */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }
}
