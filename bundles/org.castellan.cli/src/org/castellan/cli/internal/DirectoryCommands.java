package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.castellan.directory.ConnectionReport;
import org.castellan.directory.ConnectionReport.Check;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.GroupMapping;
import org.castellan.directory.SyncReport;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan directory test|password|mappings|map|unmap|sync|search|import}: the directory
 * service checks the acting user's right, tries the directory, keeps the service account's password,
 * the group mapping, synchronizes and imports domain users; its settings are {@code castellan
 * settings set directory.*}.
 */
record DirectoryCommands(DirectoryService directory, AuthenticatedUser actor, Passwords passwords, PrintStream out, PrintStream err) {

    private static final List<String> HEADER = List.of("step", "passed", "subject", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final List<String> MAPPING_HEADER = List.of("directoryGroup", "castellanGroup"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> PERSON_HEADER = List.of("login", "name", "mail", "existing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    void run(Invocation invocation) throws AccountException, CommandLineException {
        switch (invocation.command()) {
            case DIRECTORY_TEST -> test(invocation);
            case DIRECTORY_PASSWORD -> {
                directory.servicePasswordSet(actor); // a refusal (not an administrator) before anything is asked
                char[] password = passwords.servicePassword();
                try {
                    directory.setServicePassword(actor, password);
                    err.println(password.length > 0 ? Messages.servicePasswordSet : Messages.servicePasswordRemoved);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            case DIRECTORY_MAPPINGS -> TextTable.printRows(out, invocation.format(), directory.mappings(actor), MAPPING_HEADER,
                    m -> List.of(m.directoryGroup(), m.castellanGroup()), List.of(Messages.listDirectoryGroup, Messages.listCastellanGroup),
                    m -> List.of(m.directoryGroup(), m.castellanGroup()));
            case DIRECTORY_MAP -> {
                directory.addMapping(actor, new GroupMapping(invocation.argument(0), invocation.argument(1)));
                err.println(NLS.bind(Messages.mappingAdded, invocation.argument(0), invocation.argument(1)));
            }
            case DIRECTORY_UNMAP -> {
                directory.removeMapping(actor, new GroupMapping(invocation.argument(0), invocation.argument(1)));
                err.println(NLS.bind(Messages.mappingRemoved, invocation.argument(0), invocation.argument(1)));
            }
            case DIRECTORY_SYNC -> sync(invocation);
            case DIRECTORY_SEARCH -> TextTable.printRows(out, invocation.format(), directory.search(actor, invocation.argument(0)), PERSON_HEADER,
                    p -> List.of(p.login(), p.name(), p.mail(), p.existing()),
                    List.of(Messages.listLogin, Messages.listName, Messages.listEmail, Messages.listDirectoryExisting),
                    p -> List.of(p.login(), p.name(), p.mail(), p.existing() ? Messages.directoryAlreadyUser : "")); //$NON-NLS-1$
            case DIRECTORY_IMPORT -> {
                List<String> created = directory.importUsers(actor, invocation.arguments(), invocation.level());
                err.println(NLS.bind(Messages.directoryImported, created.size(), String.join(", ", created))); //$NON-NLS-1$
            }
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a directory command"); //$NON-NLS-1$
        }
    }

    /** Every step on its line; exit code 1 when one failed, so that a script or a monitor sees it. */
    private void test(Invocation invocation) throws AccountException, CommandLineException {
        ConnectionReport report = directory.testConnection(actor, invocation.value(Invocation.USER));
        TextTable.printRows(out, invocation.format(), report.checks(), HEADER,
                c -> List.of(c.step().name().toLowerCase(java.util.Locale.ROOT), c.passed(), c.subject(), c.message()),
                List.of(Messages.listDirectoryCheck, Messages.listDirectoryMessage), DirectoryCommands::shown);
        if (!report.passed()) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.directoryTestFailed);
        }
        err.println(Messages.directoryTestPassed);
    }

    /** The summary on standard output (for cron's mail), each error on standard error; exit code 1 when one was met. */
    private void sync(Invocation invocation) throws AccountException, CommandLineException {
        SyncReport report = directory.synchronize(actor);
        if (invocation.format() == OutputFormat.JSON) {
            JsonOutput.printObject(out, List.of("checked", "updated", "disabled", "errors"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    List.of(report.checked(), report.updated(), report.disabled(), report.errors()));
        } else {
            out.println(NLS.bind(Messages.directorySynced, new Object[] { report.checked(), report.updated(), report.disabled(), report.errors().size() }));
        }
        report.errors().forEach(err::println);
        if (!report.errors().isEmpty()) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.directorySyncErrors);
        }
    }

    private static List<String> shown(Check check) {
        return List.of(check.passed() ? Messages.directoryCheckPassed : Messages.directoryCheckFailed, check.message());
    }
}
