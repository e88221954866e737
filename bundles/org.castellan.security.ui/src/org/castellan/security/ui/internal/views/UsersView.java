package org.castellan.security.ui.internal.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.castellan.security.AccountException;
import org.castellan.security.Seats;
import org.castellan.security.UserAdministration;
import org.castellan.security.UserPage;
import org.castellan.security.UserView;
import org.castellan.security.ui.internal.Messages;
import org.castellan.security.ui.internal.SecurityServices;
import org.castellan.security.ui.internal.editors.Editors;
import org.castellan.ui.Counts;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;

/**
 * The installation's users: people with a licence seat first, external users (auditors,
 * accountants of a client) in their own section, with their last login and last failure.
 */
public final class UsersView extends SecurityView<UserView> {

    public static final String ID = "org.castellan.security.ui.views.users"; //$NON-NLS-1$

    /**
     * The most users of each section listed at once: a table of more is slow to fill and no one
     * reads it; the filter box finds the others (the services filter then).
     */
    public static final int PAGE = 500;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private UserPage page = new UserPage(List.of(), 0, 0, 0);
    private boolean loadedWhole = true;

    public UsersView() {
        super(UserView.class);
    }

    @Override
    protected List<Column<UserView>> columns() {
        return List.of(new Column<>(Messages.columnLogin, 22, UserView::login), new Column<>(Messages.columnName, 22, UserView::displayName),
                new Column<>(Messages.columnLevel, 6, u -> Integer.toString(u.authorizationLevel())),
                new Column<>(Messages.columnStatus, 12, UsersView::status),
                new Column<>(Messages.columnRoles, 22, u -> roleLabels().names(u.roles())),
                new Column<>(Messages.columnGroups, 18, u -> String.join(", ", u.groups())), //$NON-NLS-1$
                new Column<>(Messages.columnLastLogin, 16, u -> when(u.lastLogin())),
                new Column<>(Messages.columnLastFailure, 16, u -> when(u.lastFailure())),
                new Column<>(Messages.columnEmail, 24, UserView::email));
    }

    private static String status(UserView user) {
        if (user.lockedUntil().isPresent()) {
            return NLS.bind(Messages.statusLocked, when(user.lockedUntil()));
        }
        if (user.guest()) {
            return user.enabled() ? Messages.statusGuestOn : Messages.statusGuestOff;
        }
        return user.enabled() ? Messages.statusEnabled : Messages.statusDisabled;
    }

    private static String when(Optional<Instant> instant) {
        return instant.map(WHEN::format).orElse(""); //$NON-NLS-1$
    }

    @Override
    protected List<UserView> load() throws AccountException {
        String filter = filterText();
        page = Services.get(UserAdministration.class).users(SecurityServices.currentUser(), filter, PAGE);
        loadedWhole = filter.isEmpty() && page.complete();
        return page.users();
    }

    @Override
    protected boolean loadedWhole() {
        return loadedWhole;
    }

    @Override
    protected List<Section> sections(List<UserView> users) {
        return List.of(new Section(Messages.sectionUsers, users.stream().filter(u -> !u.external()).toList(), page.matchingInternal()),
                new Section(Messages.sectionExternalUsers, users.stream().filter(UserView::external).toList(), page.matchingExternal()));
    }

    @Override
    protected String summarize(List<UserView> users) {
        try {
            Seats seats = Services.get(UserAdministration.class).seats();
            int external = page.externalUsers();
            if (seats.total() == Seats.UNLIMITED) {
                return NLS.bind(Messages.seatsUnlimited, Counts.of(seats.occupied()), Counts.of(external));
            }
            return NLS.bind(Messages.seatsSummary, new Object[] { Counts.of(seats.occupied()), Counts.of(seats.total()),
                    Counts.of(seats.total() - seats.occupied()), Counts.of(external) });
        } catch (AccountException e) {
            return e.getMessage();
        }
    }

    @Override
    protected String searchText(UserView user) {
        return joined(user.login(), user.displayName(), user.email(), String.join(" ", user.roles()), String.join(" ", user.groups())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected void open(UserView user) {
        Editors.openUser(getSite().getPage(), user.login());
    }
}
