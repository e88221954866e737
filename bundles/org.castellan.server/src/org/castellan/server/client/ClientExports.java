package org.castellan.server.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditReports;
import org.castellan.audit.Report;
import org.castellan.security.AuthenticatedUser;
import org.castellan.server.RemoteCommands;
import org.castellan.server.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * {@link AuditReports#export} on a client workstation, where the file is: the server makes the
 * file's content and journals the export with this file's name and the session's workstation
 * ({@link AuditReports#exportContent}), and it is written here whole or not at all (a temporary file
 * beside it, then moved over it). A folder that does not exist is refused before the server is asked.
 */
final class ClientExports {

    private ClientExports() {
    }

    /** Both {@code export} methods, by their arguments: actor, report, format, file (and the file as shown, and a size limit). */
    static Object export(AuditReports server, Object[] arguments) throws AuditException {
        AuthenticatedUser actor = (AuthenticatedUser) arguments[0];
        Report report = (Report) arguments[1];
        AuditReports.Format format = (AuditReports.Format) arguments[2];
        Path target = ((Path) arguments[3]).toAbsolutePath();
        long maxBytes = arguments.length > 5 ? Math.min((Long) arguments[5], RemoteCommands.MAX_FILE_BYTES) : RemoteCommands.MAX_FILE_BYTES;
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AuditException(NLS.bind(Messages.clientExportNoFolder, target, folder));
        }
        // the workstation is the session's: the server puts it there, whatever is sent
        byte[] content = server.exportContent(actor, report, format, new AuditReports.Destination(target.toString(), ""), maxBytes); //$NON-NLS-1$
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".castellan-export", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AuditException(NLS.bind(Messages.clientExportWriteFailed, target, e.getMessage()), e);
        } finally {
            removeLeftOver(temporary);
        }
        return null;
    }

    /** The temporary file, when it was not moved into place; a failure to remove it changes nothing of what was reported. */
    private static void removeLeftOver(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // left beside the target as .castellan-export*.part; the failure is already reported
            }
        }
    }
}
