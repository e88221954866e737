package org.castellan.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.NaturalOrder;
import org.castellan.security.UserPage;
import org.castellan.security.UserView;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;

/**
 * A page of the users list read from the rows: which users match is decided on the users' own
 * columns and on the names of roles and groups (small tables), and only the page's users are read
 * as model objects ({@link org.castellan.store.ModelRepository#loadClosure}, seals checked), so
 * the list of an installation of 100,000 users costs one pass over a few columns, not the model.
 */
final class UserPages {

    /** A user's row as far as matching and ordering need it. */
    private record Candidate(String id, String login, boolean external) {
    }

    /** The users that match, in natural order of login, and how many external users there are in all. */
    private record Matching(List<Candidate> users, int externalUsers) {
    }

    /** How a page's users become views (the service's own mapping, with each one's login record). */
    @FunctionalInterface
    interface Views {
        List<UserView> of(Transaction tx, List<User> users) throws SQLException;
    }

    private UserPages() {
    }

    /** The page as {@code views} shows it; null when the part cannot be read (then the whole model's list decides). */
    static UserPage read(CastellanStore store, Transaction tx, AuthenticatedUser actor, String filter, int limit, Views views)
            throws AccountException, StoreException, SQLException {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        Matching matching = matching(tx.connection(), wanted);
        List<Candidate> internal = matching.users().stream().filter(c -> !c.external()).toList();
        List<Candidate> external = matching.users().stream().filter(Candidate::external).toList();
        List<Candidate> shown = Stream.concat(internal.stream().limit(limit), external.stream().limit(limit)).toList();
        Set<String> ids = new HashSet<>();
        shown.forEach(c -> ids.add(c.id()));
        ids.add(actor.id());
        Installation part = store.model().loadClosure(tx, ids, PartChange.FOLLOW);
        if (part == null) {
            return null;
        }
        if (!EffectiveRights.compile(part).hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator); // as ChangeGuard.refuseNonAdministrator
        }
        Map<String, User> byId = new HashMap<>();
        part.getUsers().forEach(u -> byId.put(u.getId(), u));
        List<User> users = new ArrayList<>(shown.size());
        for (Candidate candidate : shown) {
            User user = byId.get(candidate.id());
            if (user == null || !user.getLogin().equals(candidate.login())) {
                return null; // changed since the rows were read: the whole model decides
            }
            users.add(user);
        }
        return new UserPage(views.of(tx, users), internal.size(), external.size(), matching.externalUsers());
    }

    /** The page of a list already read whole, filtered as {@link #read} filters the rows. */
    static UserPage of(List<UserView> all, String filter, int limit) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        List<UserView> matching = all.stream().filter(u -> wanted.isEmpty() || contains(wanted, u.login(), u.displayName(), u.email())
                || u.roles().stream().anyMatch(r -> contains(wanted, r)) || u.groups().stream().anyMatch(g -> contains(wanted, g))).toList();
        List<UserView> internal = matching.stream().filter(u -> !u.external()).toList();
        List<UserView> external = matching.stream().filter(UserView::external).toList();
        return new UserPage(Stream.concat(internal.stream().limit(limit), external.stream().limit(limit)).toList(), internal.size(), external.size(),
                (int) all.stream().filter(UserView::external).count());
    }

    private static Matching matching(Connection c, String wanted) throws SQLException {
        Set<String> throughRoleOrGroup = wanted.isEmpty() ? Set.of()
                : owners(c, wanted, "SELECT id, name FROM roles", "SELECT owner_id FROM role_assignments WHERE role_id = ?", //$NON-NLS-1$ //$NON-NLS-2$
                        "SELECT id, name FROM user_groups", "SELECT owner_id FROM memberships WHERE group_id = ?"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Candidate> matching = new ArrayList<>();
        int externalUsers = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, login, display_name, email, is_external FROM users")) { //$NON-NLS-1$
            while (rs.next()) {
                String id = rs.getString(1);
                String login = rs.getString(2);
                boolean external = rs.getBoolean(5);
                externalUsers += external ? 1 : 0;
                if (wanted.isEmpty() || contains(wanted, login, rs.getString(3), rs.getString(4)) || throughRoleOrGroup.contains(id)) {
                    matching.add(new Candidate(id, login, external));
                }
            }
        }
        matching.sort(Comparator.comparing(Candidate::login, NaturalOrder.INSTANCE));
        return new Matching(matching, externalUsers);
    }

    /** The owners (users, and groups, which match no user id) of the roles and of the memberships of the groups whose name contains {@code wanted}. */
    private static Set<String> owners(Connection c, String wanted, String roles, String roleOwners, String groups, String groupMembers)
            throws SQLException {
        Set<String> owners = new HashSet<>();
        collect(c, named(c, roles, wanted), roleOwners, owners);
        collect(c, named(c, groups, wanted), groupMembers, owners);
        return owners;
    }

    private static List<String> named(Connection c, String query, String wanted) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                if (contains(wanted, rs.getString(2))) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void collect(Connection c, List<String> ids, String query, Set<String> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.add(rs.getString(1));
                    }
                }
            }
        }
    }

    private static boolean contains(String wanted, String... texts) {
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
