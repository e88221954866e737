package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditReports;
import org.castellan.audit.Report;
import org.castellan.audit.ReportFilter;
import org.castellan.backup.BackupCommand;
import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.config.ConfigurationAsCode;
import org.castellan.directory.DirectoryService;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.GroupAdministration;
import org.castellan.security.NewUser;
import org.castellan.security.PasswordPolicyAdministration;
import org.castellan.security.SettingsAdministration;
import org.castellan.security.UserAdministration;
import org.castellan.server.RemoteCommands;
import org.castellan.server.client.Enrolment;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.core.runtime.ILog;
import org.castellan.store.SealFinding;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;

/**
 * The command line of Castellan ({@code castellan user ...}, {@code castellan role ...}, {@code castellan company ...},
 * {@code castellan permission ...}, {@code castellan ban ...}, {@code castellan help}...): checks the arguments, opens the installation, authenticates
 * the user who acts and hands the change to the services (security, menu, data rights...), which enforce every rule (a
 * user without the right to administer is refused by them). Output goes to {@code out}, messages to
 * {@code err}; {@link #run} returns the {@link ExitCode exit code}.
 */
public final class CommandLine {

    private final BundleContext context;
    private final Path folder;
    private final Terminal terminal;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    /** The installation and the user of a verb the server runs for a client; null for a command typed here. */
    private final Served served;

    /**
     * A verb run by the server: its installation, the user of the token who sent it, the
     * workstation his session was opened from, and the path the verb's file has on that workstation
     * (the verb runs on a copy of the server's).
     */
    private record Served(OpenInstallation installation, AuthenticatedUser user, String workstation, Optional<String> clientFile) {
    }

    /** The environment variable holding the passphrase of encrypted backups. */
    static final String BACKUP_PASSPHRASE_VARIABLE = "CASTELLAN_BACKUP_PASSPHRASE"; //$NON-NLS-1$

    /**
     * @param context     to publish the installation's store and find the security services
     * @param folder      the installation folder (see {@link org.castellan.store.InstallationFolder})
     * @param terminal    where passwords are read
     * @param environment {@code CASTELLAN_USER}, {@code CASTELLAN_PASSPHRASE}
     */
    public CommandLine(BundleContext context, Path folder, Terminal terminal, Map<String, String> environment, PrintStream out,
            PrintStream err) {
        this(context, folder, terminal, environment, out, err, null);
    }

    private CommandLine(BundleContext context, Path folder, Terminal terminal, Map<String, String> environment, PrintStream out, PrintStream err,
            Served served) {
        this.served = served;
        this.context = Objects.requireNonNull(context);
        this.folder = Objects.requireNonNull(folder);
        this.terminal = Objects.requireNonNull(terminal);
        this.environment = Map.copyOf(environment);
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
    }

    /**
     * The command line of a verb the server runs for the user of a token, on the installation it
     * holds open: he acts ({@code --as} naming another is refused), passwords come from the
     * request's standard input, and verbs local by nature are refused.
     */
    static CommandLine served(BundleContext context, Path folder, OpenInstallation installation, AuthenticatedUser user, String workstation,
            Optional<String> clientFile, Terminal input, PrintStream out, PrintStream err) {
        return new CommandLine(context, folder, input, Map.of(Invocation.USER_VARIABLE, user.login()), out, err,
                new Served(installation, user, workstation, clientFile));
    }

    /** Runs one command; never throws. */
    public int run(String... args) {
        try {
            // a command the server runs for a client never names another server
            ChosenServer chosen = served == null ? ChosenServer.of(args) : new ChosenServer(Optional.empty(), args);
            String[] typed = chosen.arguments();
            Invocation invocation = served == null ? Invocation.parse(typed, environment) : ServedInvocation.parse(typed, environment, served.user());
            refuseServerHere(chosen, invocation.command());
            if (served == null && invocation.command().runsOnServer()) {
                Optional<Enrolment> enrolment = enrolment(chosen, invocation.command());
                if (enrolment.isPresent()) {
                    try {
                        new RemoteCommand(enrolment.get(), new Passwords(terminal, invocation.passwordsFromStdin()), out, err).run(invocation, typed);
                    } catch (CommandLineException e) {
                        throw e.inGroup(invocation.command().group());
                    }
                    return ExitCode.DONE;
                }
            }
            if (invocation.command() == Command.HELP) {
                out.print(invocation.value(Invocation.COMPLETION).isPresent() ? BashCompletion.script()
                        : invocation.arguments().isEmpty() ? Messages.usage : Help.of(invocation.argument(0)));
                return ExitCode.DONE;
            }
            try {
                if (invocation.command() == Command.ENROL) {
                    new EnrolCommand(folder, terminal, err, java.time.Clock.systemUTC()).run(invocation);
                } else if (invocation.command() == Command.SERVER_ENROL) {
                    new ServerEnrolCommand(folder, chosen.server(), new Passwords(terminal, invocation.passwordsFromStdin()), out, err).run(invocation);
                } else if (invocation.command() == Command.SERVER) {
                    new ServerCommand(context, folder, new PassphraseSource(environment.get(PassphraseSource.PASSPHRASE_VARIABLE), terminal, err),
                            environment, out, err).run(invocation);
                } else if (invocation.command() == Command.INIT) {
                    new InstallationInit(context, folder, new Passwords(terminal, invocation.passwordsFromStdin()), terminal,
                            environment.get(PassphraseSource.PASSPHRASE_VARIABLE), err).run(invocation);
                } else {
                    execute(invocation);
                }
            } catch (CommandLineException e) {
                throw e.inGroup(invocation.command().group());
            }
            return ExitCode.DONE;
        } catch (CommandLineException e) {
            if (e.getMessage() == null) {
                return e.exitCode(); // the command said it all
            }
            err.println(NLS.bind(e.showUsage() ? Messages.usageError : Messages.problem, e.getMessage()));
            if (e.showUsage()) {
                err.println();
                err.print(e.usageGroup().map(Help::of).orElse(Messages.usage));
            }
            return e.exitCode();
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a library that cannot load (a failed weaving) must not end the run with code 0.
            ILog.of(getClass()).error(Messages.unexpectedError, e);
            err.println(NLS.bind(Messages.problem, Messages.unexpectedError));
            return ExitCode.REFUSED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The enrolment whose server runs the command: the one {@code --server} names (refused when
     * the folder has none with it), else the folder's own, if it has one.
     */
    private Optional<Enrolment> enrolment(ChosenServer chosen, Command command) throws CommandLineException {
        if (chosen.server().isPresent()) {
            return Optional.of(Enrolments.named(folder, chosen.server().get(), command.typed()));
        }
        try {
            return Enrolments.first(folder);
        } catch (IOException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }

    /** init, enrol and server work on this workstation's folder: a server named in front of them is a mistake, said before anything runs. */
    private static void refuseServerHere(ChosenServer chosen, Command command) throws CommandLineException {
        if (chosen.server().isPresent() && !command.runsOnServer() && command != Command.HELP && command != Command.SERVER_ENROL) {
            throw CommandLineException.usage(NLS.bind(Messages.serverOptionHere, command.typed()), command.group());
        }
    }

    private void execute(Invocation invocation) throws CommandLineException {
        Passwords passwords = new Passwords(terminal, invocation.passwordsFromStdin());
        if (served != null) {
            act(invocation, served.installation(), served.user(), passwords, journalCheck(invocation, served.installation()));
            return;
        }
        PassphraseSource passphrases = new PassphraseSource(environment.get(PassphraseSource.PASSPHRASE_VARIABLE), terminal, err);
        try (OpenInstallation installation = OpenInstallation.open(context, folder, passphrases)) {
            // Before the login below is journaled: it would take a cut row's number and move the heads on.
            JournalCheck journal = journalCheck(invocation, installation);
            act(invocation, installation, authenticate(installation, invocation.actorLogin(), passwords), passwords, journal);
        }
    }

    private static JournalCheck journalCheck(Invocation invocation, OpenInstallation installation) throws CommandLineException {
        return invocation.command() == Command.AUDIT_VERIFY ? JournalCheck.before(installation, invocation.value(Invocation.HEAD).map(Path::of)) : null;
    }

    private void act(Invocation invocation, OpenInstallation installation, AuthenticatedUser actor, Passwords passwords, JournalCheck journal)
            throws CommandLineException {
        // what the directory warned of (grace logins left, a password about to expire): on standard error, the command goes on
        installation.accounts().loginNotice(actor).ifPresent(err::println);
        try {
            if (journal != null) {
                journal.report(installation, actor, out);
                return;
            }
            execute(invocation, installation, actor, passwords);
        } catch (AccountException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
    }

    private static AuthenticatedUser authenticate(OpenInstallation installation, String login, Passwords passwords)
            throws CommandLineException {
        char[] password = passwords.acting(login);
        try {
            return installation.accounts().authenticate(login, password);
        } catch (AccountException e) {
            throw new CommandLineException(ExitCode.AUTHENTICATION_FAILED, e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void execute(Invocation invocation, OpenInstallation installation, AuthenticatedUser actor, Passwords passwords)
            throws AccountException, CommandLineException {
        UserAdministration users = installation.users();
        switch (invocation.command()) {
            case USER_ADD -> {
                String login = invocation.argument(0);
                boolean domain = invocation.flag(Invocation.DOMAIN);
                users.checkLoginAvailable(actor, login, domain); // before anyone types a password for nothing
                // a domain user's password is the directory's: none is asked
                char[] password = domain ? new char[0] : passwords.newPassword(login, actor.login());
                try {
                    users.createUser(actor, new NewUser(login, invocation.value(Invocation.NAME).orElse(null),
                            invocation.value(Invocation.EMAIL).orElse(null), invocation.flag(Invocation.EXTERNAL), domain, invocation.level(),
                            password));
                } finally {
                    Arrays.fill(password, '\0');
                }
                err.println(NLS.bind(Messages.userCreated, login));
            }
            case USER_PASSWD -> {
                String login = users.user(actor, invocation.argument(0)).login(); // an unknown login is refused before asking
                char[] password = passwords.newPassword(login, actor.login());
                try {
                    users.setPassword(actor, login, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                err.println(NLS.bind(Messages.passwordSet, login));
            }
            case USER_UPDATE, USER_LEVEL, USER_UNLOCK, USER_DISABLE, USER_ENABLE -> new UserCommands(users, actor, err).run(invocation);
            case USER_SHOW, USER_ROLES, USER_GROUPS, GUEST_SHOW -> new UserDetails(users, installation.roles(), installation.service(GroupAdministration.class),
                    installation.service(CompanyAdministration.class), installation.access(), actor, out).run(invocation);
            case GUEST_ENABLE, GUEST_DISABLE -> new GuestCommands(users, actor, err).run(invocation);
            case USER_LIST -> {
                new UserListing(users.users(actor), users.seats()).print(out, invocation.format());
            }
            case ROLE_CREATE, ROLE_GRANT, ROLE_REVOKE, ROLE_ASSIGN, ROLE_UNASSIGN, ROLE_COPY, ROLE_DELETE -> new RoleCommands(installation.roles(), users,
                    installation.service(GroupAdministration.class), actor, err).run(invocation);
            case ROLE_LIST, ROLE_SHOW -> new RoleListing(installation.roles(), users, installation.service(GroupAdministration.class), actor, out)
                    .run(invocation);
            case GROUP_LIST, GROUP_CREATE, GROUP_DELETE, GROUP_ADD, GROUP_REMOVE, GROUP_ASSIGN, GROUP_UNASSIGN -> new GroupCommands(
                    installation.service(GroupAdministration.class), users, actor, out, err).run(invocation);
            case GROUP_POLICY -> new GroupPolicy(installation.service(PasswordPolicyAdministration.class),
                    installation.service(GroupAdministration.class), actor, out, err).run(invocation);
            case COMPANY_LIST, COMPANY_ADD, COMPANY_RENAME, COMPANY_ARCHIVE, COMPANY_REACTIVATE, USER_COMPANIES -> new CompanyCommands(
                    installation.service(CompanyAdministration.class), users, installation.access(), actor, out, err).run(invocation);
            case SESSION_LIST, SESSION_LOGOUT, BAN_LIST, BAN_SET, BAN_LIFT -> sessions(installation.service(SessionRegistry.class), actor, invocation);
            case SETTINGS_LIST, SETTINGS_GET, SETTINGS_SET, SETTINGS_RESET -> new SettingsCommands(
                    installation.service(SettingsAdministration.class), actor, out, err).run(invocation);
            case DIRECTORY_TEST, DIRECTORY_PASSWORD, DIRECTORY_MAPPINGS, DIRECTORY_MAP, DIRECTORY_UNMAP, DIRECTORY_SYNC, DIRECTORY_SEARCH,
                    DIRECTORY_IMPORT -> new DirectoryCommands(installation.service(DirectoryService.class), actor, passwords, out, err).run(invocation);
            case AUDIT_VERIFY -> throw new IllegalStateException("audit verify looks before the login"); //$NON-NLS-1$
            case AUDIT_REPORT -> report(installation, actor, invocation);
            case AUDIT_PURGE -> purgeJournal(installation, actor);
            case AUDIT_RESEAL -> reseal(installation, actor, invocation.flag(Invocation.CONFIRM));
            case BACKUP_LIST -> {
                if (invocation.format() == OutputFormat.JSON) {
                    new BackupListing(installation.service(BackupService.class), out).print(invocation.value(Invocation.MEDIUM));
                } else {
                    backup(installation, actor, invocation);
                }
            }
            case BACKUP_RUN, BACKUP_VERIFY, BACKUP_RESTORE -> backup(installation, actor, invocation);
            case MEDIA_INIT, MEDIA_SHOW -> {
                try {
                    new MediaCommands(installation.service(BackupService.class), actor, out, err).run(invocation);
                } catch (BackupException e) {
                    throw backupFailed(e);
                }
            }
            case MENU_IMPORT -> MenuImport.run(installation, actor, invocation.argument(0), err);
            case MENU_SHOW, MENU_LEVEL, MENU_RIGHTS, MENU_OPTION, MENU_EXPORT -> menu(installation, actor, invocation);
            case DATARIGHTS_EFFECTIVE, DATARIGHTS_FILTER, PERMISSION_EFFECTIVE -> new DataRightsQueries(installation, actor, invocation.format(), out)
                    .run(invocation);
            case DATARIGHTS_LIST, DATARIGHTS_SHOW, DATARIGHTS_CREATE, DATARIGHTS_UPDATE, DATARIGHTS_DELETE -> new DataRightCommands(
                    DataRightsService.of(installation, actor), out, err).run(invocation);
            case PERMISSION_TREE, PERMISSION_GRANT, PERMISSION_REVOKE -> new PermissionCommands(DataRightsService.of(installation, actor), out, err)
                    .run(invocation);
            case MODEL_LIST, MODEL_SHOW, MODEL_DELETE -> new ModelCommands(DataRightsService.of(installation, actor), out, err).run(invocation);
            case MODEL_LOAD -> new MemberLoad(installation, actor, err).run(invocation);
            case CONFIG_EXPORT, CONFIG_APPLY -> new ConfigCommands(installation.service(ConfigurationAsCode.class), actor, out, err).run(invocation);
            case HELP, INIT, ENROL, SERVER_ENROL, SERVER -> throw new IllegalStateException(invocation.command().typed() + " opens no installation"); //$NON-NLS-1$
        }
    }

    /**
     * Hands {@code backup ...} to the backup service's own command, which prints its messages and
     * progress; its exit code (5 to 9 are the backup's own) becomes the command line's.
     */
    private void backup(OpenInstallation installation, AuthenticatedUser actor, Invocation invocation) throws CommandLineException {
        List<String> args = new ArrayList<>();
        args.add(invocation.command().typed().substring("backup ".length())); //$NON-NLS-1$
        args.addAll(invocation.arguments());
        invocation.value(Invocation.MEDIUM).ifPresent(medium -> args.addAll(List.of(Invocation.MEDIUM, medium)));
        invocation.value(Invocation.INTO).ifPresent(into -> args.addAll(List.of(Invocation.INTO, into)));
        if (invocation.flag(Invocation.OVER)) {
            args.add(Invocation.OVER);
        }
        PassphraseSource backupPassphrase = new PassphraseSource(environment.get(BACKUP_PASSPHRASE_VARIABLE), terminal, err);
        int code = new BackupCommand(installation.service(BackupService.class), actor, backupPassphrase::backupPassphrase,
                served == null ? installation::close : () -> {
                    // the server's installation stays open: a restore over it is refused to clients
                })
                .run(args.toArray(String[]::new), out, err);
        if (code != ExitCode.DONE) {
            throw CommandLineException.alreadySaid(code);
        }
    }

    /** The session registry's refusals (who acts, a company, a period) end the command with exit code 1. */
    private void sessions(SessionRegistry registry, AuthenticatedUser actor, Invocation invocation) throws CommandLineException {
        try {
            switch (invocation.command()) {
                case SESSION_LIST -> new SessionListing(registry, actor, out).print(invocation.value(Invocation.COMPANY), invocation.format());
                case SESSION_LOGOUT -> new SessionLogout(registry, actor, err).run(invocation);
                default -> new BanCommands(registry, actor, out, err).run(invocation);
            }
        } catch (SessionException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
    }

    /** A refusal or failure of the backup service, with the backup's exit code for it (1, 5 to 9). */
    static CommandLineException backupFailed(BackupException e) {
        return new CommandLineException(BackupCommand.exitCode(e.problem()), e.getMessage(), e);
    }

    /** The menu service's refusals (a level, a right, a site, who acts) end the command with exit code 1. */
    private void menu(OpenInstallation installation, AuthenticatedUser actor, Invocation invocation) throws CommandLineException {
        try {
            new MenuCommands(installation.service(MenuLevels.class), installation.access(), actor, out, err).run(invocation);
        } catch (MenuException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
    }

    /** Runs a report and writes it to a file; the service refuses non-administrators and journals the export. */
    private void report(OpenInstallation installation, AuthenticatedUser actor, Invocation invocation) throws CommandLineException {
        ReportFilter filter = new ReportFilter(invocation.day(Invocation.FROM), invocation.day(Invocation.TO), invocation.value(Invocation.USER).orElse(null),
                invocation.value(Invocation.BUNDLE).orElse(null), invocation.flag(Invocation.FAILURES_ONLY));
        AuditReports reports = installation.service(AuditReports.class);
        try {
            Report report = reports.run(actor, invocation.reportKind(), filter);
            Path file = invocation.out().toAbsolutePath();
            if (served != null && served.clientFile().isPresent()) {
                // journaled as the client's file on his workstation, and refused before that when too large to send him
                reports.export(actor, report, invocation.reportFormat(), file, new AuditReports.Destination(served.clientFile().get(), served.workstation()),
                        RemoteCommands.MAX_FILE_BYTES);
            } else {
                reports.export(actor, report, invocation.reportFormat(), file);
            }
            err.println(NLS.bind(Messages.reportWritten, new Object[] { report.title(), report.rows().size(), file }));
        } catch (AuditException e) {
            throw auditFailed(e);
        }
    }

    /** Purges the rows older than the retention period; the purge journals itself (a checkpoint row). */
    private void purgeJournal(OpenInstallation installation, AuthenticatedUser actor) throws CommandLineException {
        try {
            int removed = installation.audit().purge(actor);
            err.println(NLS.bind(Messages.purged, removed));
        } catch (AuditException e) {
            throw auditFailed(e);
        }
    }

    /**
     * Accepts the security tables' rows as they are, once an administrator has reviewed what
     * {@code audit verify} listed: asked for with --confirm, as nothing tells a repair from tampering.
     */
    private void reseal(OpenInstallation installation, AuthenticatedUser actor, boolean confirmed) throws CommandLineException {
        if (!confirmed) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.resealUnconfirmed);
        }
        try {
            List<SealFinding> accepted = installation.audit().reseal(actor);
            accepted.forEach(finding -> err.println(NLS.bind(Messages.resealAccepted, finding.message())));
            err.println(NLS.bind(Messages.resealed, accepted.size()));
        } catch (AuditException e) {
            throw auditFailed(e);
        }
    }

    /** A refusal of the audit services, or the installation's database failing under them (the store's failure as the cause). */
    static CommandLineException auditFailed(AuditException e) {
        return new CommandLineException(e.getCause() instanceof StoreException ? ExitCode.INSTALLATION_UNUSABLE : ExitCode.REFUSED, e.getMessage(), e);
    }
}
