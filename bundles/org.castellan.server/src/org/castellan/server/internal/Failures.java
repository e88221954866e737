package org.castellan.server.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/** A service that failed (the database): logged on the server, 503 for the client, nothing changed. */
final class Failures {

    private Failures() {
    }

    static ApiError unavailable(Exception cause) {
        ILog.of(Failures.class).error(cause.getMessage(), cause);
        return new ApiError(503, "unavailable", NLS.bind(Messages.serviceFailed, cause.getMessage())); //$NON-NLS-1$
    }
}
