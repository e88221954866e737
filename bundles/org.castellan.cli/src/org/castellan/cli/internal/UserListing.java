package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.castellan.security.Seats;
import org.castellan.security.UserView;
import org.eclipse.osgi.util.NLS;

/**
 * {@code user list}: the users as the administration shows them, internal users first and
 * external users in their own section, then the licence seats. The text format pads its columns;
 * {@code tsv} prints a header and one tab-separated line a user (booleans as true/false, lists
 * comma-separated, times in ISO-8601 UTC, empty fields empty), {@code json} an array of the same
 * fields, for scripts.
 */
final class UserListing {

    private static final List<String> HEADER = List.of("login", "display_name", "level", "enabled", "external", "roles", "groups", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "last_login", "last_failure"); //$NON-NLS-1$ //$NON-NLS-2$

    private final List<UserView> internal;
    private final List<UserView> external;
    private final Seats seats;

    UserListing(List<UserView> users, Seats seats) {
        this.internal = users.stream().filter(u -> !u.external()).toList();
        this.external = users.stream().filter(UserView::external).toList();
        this.seats = seats;
    }

    /** Text in sections with the seats; for scripts (tsv, JSON) one record a user, internal users first. */
    void print(PrintStream out, OutputFormat format) {
        if (format == OutputFormat.TEXT) {
            printText(out);
            return;
        }
        TextTable.printRows(out, format, Stream.concat(internal.stream(), external.stream()).toList(), HEADER,
                user -> Arrays.asList(user.login(), TextTable.orNull(user.displayName()), user.authorizationLevel(), user.enabled(), user.external(),
                        user.roles(), user.groups(), user.lastLogin(), user.lastFailure()),
                null, null);
    }

    private void printText(PrintStream out) {
        section(out, Messages.listUsers, internal);
        out.println();
        section(out, Messages.listExternalUsers, external);
        out.println();
        out.println(seats.total() == Seats.UNLIMITED ? NLS.bind(Messages.listSeatsUnlimited, seats.occupied())
                : NLS.bind(Messages.listSeats, seats.occupied(), seats.total()));
    }

    private static void section(PrintStream out, String title, List<UserView> users) {
        out.println(title);
        if (users.isEmpty()) {
            out.println(Messages.listNone);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.listLogin, Messages.listName, Messages.listLevel, Messages.listEnabled, Messages.listRoles, Messages.listGroups,
                Messages.listLastLogin, Messages.listLastFailure));
        for (UserView user : users) {
            rows.add(List.of(user.login(), TextTable.orNone(TextTable.text(user.displayName())), Integer.toString(user.authorizationLevel()),
                    user.enabled() ? Messages.listYes : Messages.listNo, TextTable.orNone(String.join(",", user.roles())), //$NON-NLS-1$
                    TextTable.orNone(String.join(",", user.groups())), TextTable.orNone(TextTable.time(user.lastLogin())), TextTable.orNone(TextTable.time(user.lastFailure())))); //$NON-NLS-1$
        }
        TextTable.print(out, rows);
    }

}
