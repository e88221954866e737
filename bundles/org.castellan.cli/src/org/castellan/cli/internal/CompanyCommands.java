package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.castellan.cli.internal.TextTable.Field;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.CompanyAdministration;
import org.castellan.security.CompanyAdministration.CompanyScope;
import org.castellan.security.UserAdministration;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan company list|add|rename|archive|reactivate} and {@code user companies}: the company service checks the
 * acting user's right, the code and the name, and journals each change; this class says what
 * happened, and when nothing had to.
 */
record CompanyCommands(CompanyAdministration companies, UserAdministration users, AccessControl access, AuthenticatedUser actor, PrintStream out,
        PrintStream err) {

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
            case USER_COMPANIES -> scope(invocation);
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a company command"); //$NON-NLS-1$
        }
    }

    /** Anyone logged in may list the companies: he chooses one at login. */
    private void list(OutputFormat format) throws AccountException {
        TextTable.printRows(out, format, companies.companies(), HEADER, c -> List.of(c.code(), c.name(), c.archived()),
                List.of(Messages.listCode, Messages.listName, Messages.listState),
                c -> List.of(c.code(), c.name(), c.archived() ? Messages.listArchived : Messages.listActive));
    }

    /**
     * {@code user companies LOGIN}: shows where he works and what he administers, or changes what
     * the options give (the other part stays), in one journaled change.
     */
    private void scope(Invocation invocation) throws AccountException, CommandLineException {
        String login = invocation.argument(0);
        CompanyScope before = companies.scopeOf(actor, login);
        Optional<Set<String>> worksIn = invocation.companies(Invocation.WORKS_IN);
        Optional<Set<String>> administers = invocation.companies(Invocation.ADMINISTERS);
        if (worksIn.isEmpty() && administers.isEmpty()) {
            boolean administrator = access.hasRight(users.user(actor, login).id(), AccountService.ADMINISTER_RIGHT);
            TextTable.printFields(out, scopeFields(before, administrator), invocation.format());
            return;
        }
        CompanyScope wanted = new CompanyScope(worksIn.orElse(before.worksIn()), administers.orElse(before.administers()));
        boolean changed = companies.setScope(actor, login, wanted);
        CompanyScope now = companies.scopeOf(actor, login);
        err.println(NLS.bind(changed ? Messages.scopeChanged : Messages.scopeUnchanged,
                new Object[] { login, shown(now.worksIn()), shown(now.administers()) }));
    }

    /**
     * A user's scope, as {@code user companies} and {@code user show} print it. What he
     * administers means something only if he holds the right to administer: for anyone else the
     * text says he administers none (his scope is kept for the day he is given the right).
     */
    static List<Field> scopeFields(CompanyScope scope, boolean administrator) {
        Field administers = scopeField("administers", Messages.showAdministers, scope.administers()); //$NON-NLS-1$
        if (!administrator) {
            administers = new Field(administers.key(), administers.label(), List.of(Messages.showAdministersNone), administers.tsv(),
                    administers.json());
        }
        return List.of(scopeField("works_in", Messages.showWorksIn, scope.worksIn()), administers, //$NON-NLS-1$
                Field.flag("security_administrator", Messages.showSecurityAdministrator, administrator)); //$NON-NLS-1$
    }

    /** Codes sorted; in JSON an empty list means every company, as the service has it. */
    private static Field scopeField(String key, String label, Set<String> codes) {
        List<String> sorted = new TreeSet<>(codes).stream().toList();
        return new Field(key, label, List.of(shown(codes)), sorted.isEmpty() ? Invocation.ALL_COMPANIES : String.join(",", sorted), sorted); //$NON-NLS-1$
    }

    private static String shown(Set<String> codes) {
        return codes.isEmpty() ? Messages.everyCompany : String.join(", ", new TreeSet<>(codes)); //$NON-NLS-1$
    }

    /** Required by the command: the invocation was refused without it. */
    private static String name(Invocation invocation) {
        return invocation.value(Invocation.NAME).orElseThrow();
    }
}
