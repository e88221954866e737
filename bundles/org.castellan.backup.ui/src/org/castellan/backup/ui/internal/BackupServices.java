package org.castellan.backup.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.backup.BackupService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;

/** The backup service and the logged-in user, looked up at each use (a log-out replaces the session). */
final class BackupServices {

    private BackupServices() {
    }

    static Optional<BackupService> backup() {
        return Services.find(BackupService.class);
    }

    static Optional<AuthenticatedUser> user() {
        return Services.find(WorkbenchSession.class).map(WorkbenchSession::user);
    }
}
