package org.castellan.product.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.RoleAdministration;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * What some dialogs need before they open, made through the services as an administrator would:
 * a company (Rename, Archive and Reactivate act on one; it is archived again after, so that the
 * next log-in asks for no company), a role made by administrators (Delete Role is offered only
 * for those) and a medium with a good backup (Back Up opens its dialog only on a ready medium, and
 * Restore lists a medium's backups before its later pages). Not on the UI thread.
 */
final class WalkData {

    static final String COMPANY = "WALK"; //$NON-NLS-1$
    static final String ROLE = "Walk role"; //$NON-NLS-1$

    private final Path folder;

    WalkData(Path folder) {
        this.folder = folder;
    }

    void role() {
        withService(RoleAdministration.class, roles -> {
            try {
                if (roles.roles().stream().noneMatch(role -> role.name().equals(ROLE))) {
                    roles.createRole(user(), ROLE, "Made by the screen walk", Set.of()); //$NON-NLS-1$
                }
                return null;
            } catch (AccountException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The walk's company, active. */
    void activeCompany() {
        withService(CompanyAdministration.class, companies -> {
            try {
                Optional<CompanyView> known = companies.companies().stream().filter(c -> c.code().equals(COMPANY)).findFirst();
                if (known.isEmpty()) {
                    companies.createCompany(user(), COMPANY, "Walk Company"); //$NON-NLS-1$
                } else if (known.get().archived()) {
                    companies.setArchived(user(), COMPANY, false);
                }
                return null;
            } catch (AccountException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void archiveCompany() {
        withService(CompanyAdministration.class, companies -> {
            try {
                return companies.setArchived(user(), COMPANY, true);
            } catch (AccountException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A ready medium with a good backup on it (the first language's run makes them; the next ones find them). */
    void backup() {
        withService(BackupService.class, backup -> {
            try {
                if (!backup.medium().ready()) {
                    Path medium = Files.createDirectories(folder.resolve("medium")); //$NON-NLS-1$
                    backup.initialise(user(), medium);
                }
                if (backup.backups(backup.medium().directory()).isEmpty()) {
                    backup.backUp(user(), backup.options(), Optional.empty(), new NullProgressMonitor());
                }
                return null;
            } catch (BackupException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A new empty folder, for a wizard page asking for one. */
    Path emptyFolder(String name) {
        try {
            return Files.createDirectories(folder.resolve("folders").resolve(name)); //$NON-NLS-1$
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthenticatedUser user() {
        return withService(WorkbenchSession.class, WorkbenchSession::user);
    }

    private static <S, T> T withService(Class<S> type, Function<S, T> use) {
        BundleContext context = FrameworkUtil.getBundle(WalkData.class).getBundleContext();
        ServiceReference<S> reference = context.getServiceReference(type);
        if (reference == null) {
            throw new IllegalStateException("no " + type.getName() + " service"); //$NON-NLS-1$
        }
        try {
            return use.apply(context.getService(reference));
        } finally {
            context.ungetService(reference);
        }
    }
}
