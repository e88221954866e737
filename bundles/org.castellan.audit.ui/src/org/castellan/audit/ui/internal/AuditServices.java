package org.castellan.audit.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.AuditReports;
import org.castellan.audit.ChainHead;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;

/** The audit services and the logged-in user, looked up at each use (a log-out replaces them). */
final class AuditServices {

    private AuditServices() {
    }

    static AuditReports reports() {
        return Services.find(AuditReports.class).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    static AuditJournal journal() {
        return Services.find(AuditJournal.class).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    static AuthenticatedUser currentUser() {
        return Services.find(WorkbenchSession.class).map(WorkbenchSession::user).orElseThrow(() -> new IllegalStateException(Messages.serviceMissing));
    }

    /**
     * The head of the journal's chain kept in the installation folder, to check the journal
     * against: empty on a workstation that reaches a shared installation through its server (the
     * head is kept on the server's workstation), or when no head was written yet.
     */
    static KeptHead keptHead() throws AuditException {
        Optional<Path> folder = Services.find(CastellanStore.class).flatMap(CastellanStore::folder);
        if (folder.isEmpty()) {
            return new KeptHead(Optional.empty(), Optional.empty());
        }
        Path file = folder.get().resolve(ChainHead.FILE);
        try {
            return new KeptHead(Optional.of(file), ChainHead.read(file));
        } catch (IOException e) {
            throw new AuditException(NLS.bind(Messages.headUnreadable, file, e.getMessage()), e);
        }
    }

    /** Where the head is kept on this workstation (if it is kept here) and the head read there. */
    record KeptHead(Optional<Path> file, Optional<ChainHead> head) {
    }
}
