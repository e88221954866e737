package org.castellan.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.User;
import org.castellan.security.AccountService;
import org.castellan.security.DomainGroups;
import org.castellan.security.EffectiveRights;
import org.castellan.security.SecurityRevision;
import org.castellan.security.UserAdministration;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.castellan.store.Transaction;
import org.eclipse.core.runtime.ILog;
import org.osgi.service.event.EventAdmin;

/**
 * A domain user's membership of the groups the directory mapping manages, set as the directory
 * says: the managed groups he is in and should not be are left, those he should be in are joined;
 * groups no mapping names are not touched.
 */
final class DomainMemberships {

    /** The journal's {@code source} of a change the directory made, at a login or a synchronization. */
    static final String SOURCE = "directory"; //$NON-NLS-1$

    private DomainMemberships() {
    }

    /** The groups of {@code current} as the directory wants them. */
    static Set<String> wanted(Set<String> current, DomainGroups groups) {
        Set<String> wanted = new TreeSet<>(current);
        wanted.removeAll(groups.managed());
        wanted.addAll(groups.held());
        return wanted;
    }

    /**
     * Sets {@code user}'s membership of the managed groups that exist; managed names that are no
     * Castellan group are skipped (the mapping's check reports them).
     *
     * @return whether his groups changed
     */
    static boolean apply(Map<String, Group> groupsByName, User user, DomainGroups groups, Date now) {
        Set<String> current = user.getMemberships().stream().map(m -> m.getGroup().getName()).collect(Collectors.toSet());
        Set<String> wanted = wanted(current, groups);
        wanted.removeIf(name -> !groupsByName.containsKey(name) && !current.contains(name));
        if (wanted.equals(current)) {
            return false;
        }
        user.getMemberships().removeIf(m -> !wanted.contains(m.getGroup().getName()));
        for (String name : wanted) {
            if (!current.contains(name)) {
                user.getMemberships().add(Assignments.membership(groupsByName.get(name), now));
            }
        }
        return true;
    }

    static Map<String, Group> byName(Installation model) {
        return model.getGroups().stream().collect(Collectors.toMap(Group::getName, Function.identity()));
    }

    static String describe(User user) {
        return "groups: " + String.join(", ", user.getMemberships().stream().map(m -> m.getGroup().getName()).sorted().toList()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * At a domain user's login, in its transaction: his managed groups set as the directory says,
     * journaled with before and after. The model is read only when something changes; a change that
     * would leave no enabled administrator is not made (and logged): the installation stays
     * administrable.
     */
    static void applyAtLogin(CastellanStore store, Transaction tx, EventAdmin events, Clock clock, String userId, String login, DomainGroups groups)
            throws SQLException, StoreException {
        if (groups.managed().isEmpty()) {
            return;
        }
        Set<String> current = currentGroups(tx, userId);
        Set<String> managedHeld = new HashSet<>(current);
        managedHeld.retainAll(groups.managed());
        if (managedHeld.equals(groups.held())) {
            return; // the usual case: nothing to read or write
        }
        Installation model = store.model().load(tx);
        EffectiveRights before = EffectiveRights.compile(model);
        User user = model.getUsers().stream().filter(u -> u.getId().equals(userId)).findFirst().orElse(null);
        if (user == null) {
            return;
        }
        String was = describe(user);
        if (!apply(byName(model), user, groups, Date.from(clock.instant()))) {
            return;
        }
        EffectiveRights after = EffectiveRights.compile(model);
        if (model.getUsers().stream().noneMatch(u -> u.isEnabled() && after.hasRight(u.getId(), AccountService.ADMINISTER_RIGHT))) {
            ILog.of(DomainMemberships.class).warn("The directory's groups of " + login //$NON-NLS-1$
                    + " were not applied: the installation would have no enabled administrator left."); //$NON-NLS-1$
            return;
        }
        store.model().update(tx, user);
        SecurityRevision.advance(tx);
        ChangeGuard.archiveRights(store, tx, model, before, after);
        EventPublisher.publish(store, tx, events, UserAdministration.TOPIC_USER_CHANGED, "login", login, "actor", login, "source", SOURCE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "timestamp", clock.millis(), "before", new String[] { was }, "after", new String[] { describe(user) }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Set<String> currentGroups(Transaction tx, String userId) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = tx.connection()
                .prepareStatement("SELECT g.name FROM memberships m JOIN user_groups g ON g.id = m.group_id WHERE m.owner_id = ?")) { //$NON-NLS-1$
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Unused names of {@code names}: those no group of {@code model} has. */
    static List<String> unknown(Installation model, java.util.Collection<String> names) {
        Set<String> known = model.getGroups().stream().map(Group::getName).collect(Collectors.toSet());
        return names.stream().filter(n -> !known.contains(n)).sorted().toList();
    }
}
