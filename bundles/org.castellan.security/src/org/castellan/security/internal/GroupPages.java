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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.security.AccountException;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.EffectiveRights;
import org.castellan.security.GroupAdministration.GroupPage;
import org.castellan.security.GroupAdministration.GroupView;
import org.castellan.security.NaturalOrder;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;

/**
 * A page of the groups list read from the rows, as {@link UserPages} reads the users': which
 * groups match is decided on the groups' own columns, on the names of roles and on the logins of
 * members (indexed joins), and only the page's groups are read as model objects, with their roles
 * ({@link org.castellan.store.ModelRepository#loadClosure}, seals checked). Their members are read
 * as the logins of the membership rows that name them: 1,000 groups of 100,000 users cost a few
 * queries, not the model.
 */
final class GroupPages {

    /** A group's row as far as matching and ordering need it. */
    private record Candidate(String id, String name, String description) {
    }

    /** Above this many users whose login matches, their groups are found in one pass over the memberships. */
    private static final int MEMBERSHIP_LOOKUPS = 5_000;

    private GroupPages() {
    }

    /** The page; null when the part cannot be read as the whole model would (then the whole model's list decides). */
    static GroupPage read(CastellanStore store, Transaction tx, AuthenticatedUser actor, String filter, int limit)
            throws AccountException, StoreException, SQLException {
        Installation self = store.model().loadClosure(tx, Set.of(actor.id()), PartChange.FOLLOW);
        if (self == null) {
            return null;
        }
        if (!EffectiveRights.compile(self).hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new AccountException(Messages.notAdministrator); // as ChangeGuard.refuseNonAdministrator
        }
        String wanted = wanted(filter);
        Connection c = tx.connection();
        List<Candidate> matching = matching(c, wanted);
        List<Candidate> shown = matching.subList(0, Math.min(limit, matching.size()));
        if (shown.isEmpty()) {
            return new GroupPage(List.of(), 0);
        }
        List<String> ids = shown.stream().map(Candidate::id).toList();
        Installation part = store.model().loadClosure(tx, ids, Set.of(CastellanPackage.Literals.ROLE_ASSIGNMENT__ROLE));
        if (part == null) {
            return null;
        }
        Map<String, Group> byId = new HashMap<>();
        part.getGroups().forEach(g -> byId.put(g.getId(), g));
        Map<String, List<String>> members = members(c, ids);
        List<GroupView> views = new ArrayList<>(shown.size());
        for (Candidate candidate : shown) {
            Group group = byId.get(candidate.id());
            if (group == null || !group.getName().equals(candidate.name())) {
                return null; // refused by its seal, or changed since the rows were read: the whole model decides
            }
            views.add(GroupAdministrationImpl.view(group, members.getOrDefault(group.getId(), List.of())));
        }
        return new GroupPage(views, matching.size());
    }

    /** The page of a list already read whole, filtered as {@link #read} filters the rows. */
    static GroupPage of(List<GroupView> all, String filter, int limit) {
        String wanted = wanted(filter);
        List<GroupView> matching = all.stream().filter(g -> wanted.isEmpty() || contains(wanted, g.name()) || contains(wanted, g.description())
                || g.roles().stream().anyMatch(r -> contains(wanted, r)) || g.members().stream().anyMatch(m -> contains(wanted, m))).toList();
        return new GroupPage(matching.subList(0, Math.min(limit, matching.size())), matching.size());
    }

    private static String wanted(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static List<Candidate> matching(Connection c, String wanted) throws SQLException {
        Set<String> throughRoleOrMember = wanted.isEmpty() ? Set.of() : throughRoleOrMember(c, wanted);
        List<Candidate> matching = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name, description FROM user_groups")) { //$NON-NLS-1$
            while (rs.next()) {
                Candidate candidate = new Candidate(rs.getString(1), rs.getString(2), rs.getString(3));
                if (wanted.isEmpty() || contains(wanted, candidate.name()) || contains(wanted, candidate.description())
                        || throughRoleOrMember.contains(candidate.id())) {
                    matching.add(candidate);
                }
            }
        }
        matching.sort(Comparator.comparing(Candidate::name, NaturalOrder.INSTANCE));
        return matching;
    }

    /**
     * The groups holding a role whose name contains {@code wanted}, and those with a member whose
     * login does (the ids of users holding such a role come too: they match no group).
     */
    private static Set<String> throughRoleOrMember(Connection c, String wanted) throws SQLException {
        Set<String> roles = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM roles")) { //$NON-NLS-1$
            while (rs.next()) {
                if (contains(wanted, rs.getString(2))) {
                    roles.add(rs.getString(1));
                }
            }
        }
        Set<String> owners = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT owner_id FROM role_assignments WHERE role_id = ?")) { //$NON-NLS-1$
            for (String role : roles) {
                ps.setString(1, role);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        owners.add(rs.getString(1));
                    }
                }
            }
        }
        // The logins are compared here, in the language-neutral lower case the rest of the filter uses: one
        // pass over the users' logins, then the memberships of the users found by the index on their owner.
        List<String> users = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, login FROM users")) { //$NON-NLS-1$
            while (rs.next()) {
                if (contains(wanted, rs.getString(2))) {
                    users.add(rs.getString(1));
                }
            }
        }
        if (users.size() > MEMBERSHIP_LOOKUPS) {
            // So many users found that reading every membership once costs less than looking theirs up.
            Set<String> found = new HashSet<>(users);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT owner_id, group_id FROM memberships")) { //$NON-NLS-1$
                while (rs.next()) {
                    if (found.contains(rs.getString(1))) {
                        owners.add(rs.getString(2));
                    }
                }
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT group_id FROM memberships WHERE owner_id = ?")) { //$NON-NLS-1$
                for (String user : users) {
                    ps.setString(1, user);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            owners.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return owners;
    }

    /** The logins of each group's members, in natural order, by the index on the memberships' group. */
    private static Map<String, List<String>> members(Connection c, List<String> groupIds) throws SQLException {
        Map<String, List<String>> members = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT u.login FROM memberships m JOIN users u ON u.id = m.owner_id WHERE m.group_id = ?")) { //$NON-NLS-1$
            for (String id : groupIds) {
                ps.setString(1, id);
                Set<String> logins = new LinkedHashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        logins.add(rs.getString(1));
                    }
                }
                members.put(id, logins.stream().sorted(NaturalOrder.INSTANCE).toList());
            }
        }
        return members;
    }

    private static boolean contains(String wanted, String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
