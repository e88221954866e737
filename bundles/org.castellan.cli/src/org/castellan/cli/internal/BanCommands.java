package org.castellan.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionRegistry;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan ban list|set|lift}: what Block Openings and Lift Ban do in the Active Sessions
 * view, through the session registry, which checks who acts (security administrators; one limited
 * to some companies bans and lifts only there), the company and the period, and journals each
 * change. Times typed and shown to people are on this computer's clock, as in the view.
 */
record BanCommands(SessionRegistry registry, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    private static final List<String> KEYS = List.of("id", "company", "starts_at", "ends_at", "author", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    void run(Invocation invocation) throws SessionException, CommandLineException {
        switch (invocation.command()) {
            case BAN_LIST -> list(invocation.format());
            case BAN_SET -> set(invocation);
            case BAN_LIFT -> {
                registry.lift(actor, invocation.argument(0));
                err.println(NLS.bind(Messages.banLifted, invocation.argument(0)));
            }
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a ban command"); //$NON-NLS-1$
        }
    }

    private void list(OutputFormat format) throws SessionException {
        TextTable.printRows(out, format, registry.bans(actor), KEYS,
                b -> Arrays.asList(b.id(), b.company(), b.startsAt(), b.endsAt(), b.authorLogin(), TextTable.orNull(b.message())),
                List.of(Messages.listId, Messages.listCompany, Messages.listFrom, Messages.listUntil, Messages.listSetBy, Messages.listMessage),
                b -> List.of(b.id(), b.company(), TextTable.localTime(b.startsAt()), TextTable.localTime(b.endsAt()), b.authorLogin(),
                        TextTable.orNone(b.message())));
    }

    /** The period the view proposes (now to 19:00) for what is not given; the new ban's id alone on standard output, for scripts. */
    private void set(Invocation invocation) throws SessionException, CommandLineException {
        ZoneId zone = ZoneId.systemDefault();
        String company = invocation.value(Invocation.COMPANY).orElseThrow(); // required by the command
        BanRequest proposed = registry.defaultBan(company, zone);
        Instant from = instant(invocation.dateTime(Invocation.FROM), zone).orElse(proposed.startsAt());
        Instant until = instant(invocation.dateTime(Invocation.UNTIL), zone).orElse(proposed.endsAt());
        Ban ban = registry.block(actor, new BanRequest(company, from, until, invocation.value(Invocation.MESSAGE).orElse(""))); //$NON-NLS-1$
        out.println(ban.id());
        err.println(NLS.bind(Messages.banSet, new Object[] { ban.allCompanies() ? Messages.banAllCompanies : ban.company(),
                TextTable.localTime(ban.startsAt()), TextTable.localTime(ban.endsAt()), ban.id() }));
    }

    private static Optional<Instant> instant(Optional<LocalDateTime> typed, ZoneId zone) {
        return typed.map(t -> t.atZone(zone).toInstant());
    }
}
