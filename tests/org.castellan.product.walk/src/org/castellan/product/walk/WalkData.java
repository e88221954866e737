package org.castellan.product.walk;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.backup.BackupOptions;
import org.castellan.backup.BackupService;
import org.castellan.datarights.DataRightsSettings;
import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.OptionState;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyView;
import org.castellan.security.GroupAdministration;
import org.castellan.security.RoleAdministration;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * What some dialogs need before they open, made through the services as an administrator would:
 * a company (Rename, Archive and Reactivate act on one) and a second one (Switch Company asks to
 * choose between them; both are archived again after, so that the next log-in asks for no
 * company), Check for Updates asking the supervisor's password (only while it is walked), a group (Delete Group acts on one), a role made by
 * administrators (Delete Role is offered only for those), a medium with a good encrypted backup (Back Up opens its dialog only on a ready medium,
 * and Restore lists a medium's backups before its later pages, the passphrase's last), a ban in a
 * year (Lift Ban acts on one) and the data-rights editor enabled. Not on the UI thread.
 */
final class WalkData {

    static final String COMPANY = "WALK"; //$NON-NLS-1$
    /** The second company of the company chooser. */
    static final String SECOND_COMPANY = "WALK2"; //$NON-NLS-1$
    /** Check for Updates: its option is set to ask the supervisor's password while the walk opens it. */
    static final String ASKING_COMMAND = "org.castellan.update.ui.commands.update"; //$NON-NLS-1$
    private static final String ASKING_OPTION = "org.castellan.update.ui.update"; //$NON-NLS-1$
    private static final int ASKING_OPTION_LEVEL = 9;
    static final String ROLE = "Walk role"; //$NON-NLS-1$
    static final String GROUP = "Walk group"; //$NON-NLS-1$
    static final String BAN = "Maintenance planned by the screen walk"; //$NON-NLS-1$
    /** What the walk types in every passphrase field, and the walk's backup is encrypted with. */
    static final String PASSPHRASE = "Walk-Passphrase-2026!"; //$NON-NLS-1$

    private final Path folder;

    WalkData(Path folder) {
        this.folder = folder;
    }

    void group() {
        withService(GroupAdministration.class, groups -> {
            if (groups.groups().stream().noneMatch(group -> group.name().equals(GROUP))) {
                groups.createGroup(user(), GROUP, "Made by the screen walk"); //$NON-NLS-1$
            }
            return null;
        });
    }

    void role() {
        withService(RoleAdministration.class, roles -> {
            if (roles.roles().stream().noneMatch(role -> role.name().equals(ROLE))) {
                roles.createRole(user(), ROLE, "Made by the screen walk", Set.of()); //$NON-NLS-1$
            }
            return null;
        });
    }

    /** The walk's company, active. */
    void activeCompany() {
        active(COMPANY, "Walk Company"); //$NON-NLS-1$
    }

    /** The walk's two companies, active: the administrator, global, may work in either. */
    void twoActiveCompanies() {
        active(COMPANY, "Walk Company"); //$NON-NLS-1$
        active(SECOND_COMPANY, "Second Walk Company"); //$NON-NLS-1$
    }

    /** The walk's companies archived again, so that the next log-in asks for none. */
    void archiveCompany() {
        withService(CompanyAdministration.class, companies -> {
            for (CompanyView company : companies.companies()) {
                if (Set.of(COMPANY, SECOND_COMPANY).contains(company.code()) && !company.archived()) {
                    companies.setArchived(user(), company.code(), true);
                }
            }
            return null;
        });
    }

    private static void active(String code, String name) {
        withService(CompanyAdministration.class, companies -> {
            Optional<CompanyView> known = companies.companies().stream().filter(c -> c.code().equals(code)).findFirst();
            if (known.isEmpty()) {
                companies.createCompany(user(), code, name);
            } else if (known.get().archived()) {
                companies.setArchived(user(), code, false);
            }
            return null;
        });
    }

    /** Check for Updates set to ask the supervisor's password, as an administrator sets it in the Main Menu Definition. */
    void askSupervisorPassword() {
        askPassword(true);
    }

    /** Check for Updates back to asking no password. */
    void askNoSupervisorPassword() {
        askPassword(false);
    }

    private static void askPassword(boolean ask) {
        withService(MenuLevels.class, menu -> {
            // an unchanged option is not saved: a save is journaled as an administrator's change
            if (menu.definition().option(ASKING_OPTION).map(OptionState::askPassword).orElse(!ask) != ask) {
                menu.save(user(), List.of(new LevelChange(ASKING_OPTION, ASKING_OPTION_LEVEL, ask)), menu.revision());
            }
            return null;
        });
    }

    /**
     * A ready medium with a good encrypted backup on it (the first language's run makes them; the
     * next ones find them): Restore chooses the newest, so that its passphrase page is walked too.
     */
    void backup() {
        withService(BackupService.class, backup -> {
            if (!backup.medium().ready()) {
                Path medium = Files.createDirectories(folder.resolve("medium")); //$NON-NLS-1$
                backup.initialise(user(), medium);
            }
            if (backup.backups(backup.medium().directory()).isEmpty()) {
                BackupOptions options = backup.options();
                backup.backUp(user(), new BackupOptions(options.compress(), true, false, options.dataSets(), options.dailyKept(), options.weeklyKept()),
                        Optional.of(PASSPHRASE.toCharArray()), new NullProgressMonitor());
            }
            return null;
        });
    }

    /**
     * A ban on every company, a year from now for a day (no log-in of the walk meets it), for Lift
     * Ban to act on; the Active Sessions view lists bans first.
     */
    void ban() {
        withService(SessionRegistry.class, registry -> {
            if (registry.bans(user()).stream().noneMatch(ban -> ban.message().equals(BAN))) {
                Instant start = Instant.now().plus(Duration.ofDays(365));
                registry.block(user(), new BanRequest(Ban.ALL_COMPANIES, start, start.plus(Duration.ofDays(1)), BAN));
            }
            return null;
        });
    }

    /**
     * The data-rights editor shown in this installation, as an administrator enables it in
     * {@code installation.properties} (the view reads it when it opens): its dialogs are walked.
     */
    void dataRightsEditor() {
        Path folder = withService(WorkbenchSession.class, WorkbenchSession::folder)
                .orElseThrow(() -> new IllegalStateException("no installation folder: the data-rights editor cannot be enabled")); //$NON-NLS-1$
        Path file = folder.resolve("installation.properties"); //$NON-NLS-1$
        Properties settings = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    settings.load(in);
                }
            }
            if (!Boolean.parseBoolean(settings.getProperty(DataRightsSettings.EDITOR_ENABLED))) {
                // appended, so that the file's comments and order stay as the installation wrote them
                Files.writeString(file, System.lineSeparator() + DataRightsSettings.EDITOR_ENABLED + "=true" + System.lineSeparator(), //$NON-NLS-1$
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    /** What is done with a service; its checked exceptions end the step. */
    @FunctionalInterface
    private interface Use<S, T> {
        T apply(S service) throws Exception;
    }

    private static <S, T> T withService(Class<S> type, Use<S, T> use) {
        BundleContext context = FrameworkUtil.getBundle(WalkData.class).getBundleContext();
        ServiceReference<S> reference = context.getServiceReference(type);
        if (reference == null) {
            throw new IllegalStateException("no " + type.getName() + " service"); //$NON-NLS-1$
        }
        try {
            return use.apply(context.getService(reference));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            context.ungetService(reference);
        }
    }
}
