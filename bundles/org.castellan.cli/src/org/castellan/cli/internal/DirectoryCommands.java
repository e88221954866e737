package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.castellan.directory.ConnectionReport;
import org.castellan.directory.ConnectionReport.Check;
import org.castellan.directory.DirectoryService;
import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;

/**
 * {@code castellan directory test|password}: the directory service checks the acting user's right,
 * tries the directory and keeps the service account's password; its settings are {@code castellan
 * settings set directory.*}.
 */
record DirectoryCommands(DirectoryService directory, AuthenticatedUser actor, Passwords passwords, PrintStream out, PrintStream err) {

    private static final List<String> HEADER = List.of("step", "passed", "subject", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

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

    private static List<String> shown(Check check) {
        return List.of(check.passed() ? Messages.directoryCheckPassed : Messages.directoryCheckFailed, check.message());
    }
}
