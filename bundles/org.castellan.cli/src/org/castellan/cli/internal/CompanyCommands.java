package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.castellan.security.AccountException;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan company list|add|rename|archive|reactivate}: the company service checks the
 * acting user's right, the code and the name, and journals each change; this class says what
 * happened, and when nothing had to.
 */
record CompanyCommands(CompanyAdministration companies, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    private static final List<String> HEADER = List.of("code", "name", "archived"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    void run(Invocation invocation) throws AccountException, CommandLineException {
        switch (invocation.command()) {
            case COMPANY_LIST -> list(invocation.format());
            case COMPANY_ADD -> {
                String code = invocation.argument(0);
                companies.createCompany(actor, code, name(invocation));
                err.println(NLS.bind(Messages.companyCreated, code.strip()));
            }
            case COMPANY_RENAME -> {
                String name = name(invocation);
                boolean renamed = companies.renameCompany(actor, invocation.argument(0), name);
                err.println(NLS.bind(renamed ? Messages.companyRenamed : Messages.companyNameUnchanged, invocation.argument(0), name.strip()));
            }
            case COMPANY_ARCHIVE, COMPANY_REACTIVATE -> {
                boolean archive = invocation.command() == Command.COMPANY_ARCHIVE;
                boolean changed = companies.setArchived(actor, invocation.argument(0), archive);
                String message = archive ? (changed ? Messages.companyArchived : Messages.companyAlreadyArchived)
                        : (changed ? Messages.companyReactivated : Messages.companyAlreadyActive);
                err.println(NLS.bind(message, invocation.argument(0)));
            }
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a company command"); //$NON-NLS-1$
        }
    }

    /** Anyone logged in may list the companies: he chooses one at login. */
    private void list(OutputFormat format) throws AccountException {
        TextTable.printRows(out, format, companies.companies(), HEADER, c -> List.of(c.code(), c.name(), c.archived()),
                List.of(Messages.listCode, Messages.listName, Messages.listState),
                c -> List.of(c.code(), c.name(), c.archived() ? Messages.listArchived : Messages.listActive));
    }

    /** Required by the command: the invocation was refused without it. */
    private static String name(Invocation invocation) {
        return invocation.value(Invocation.NAME).orElseThrow();
    }
}
