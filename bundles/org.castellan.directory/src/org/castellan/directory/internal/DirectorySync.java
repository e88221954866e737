package org.castellan.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.NamingException;
import javax.naming.ldap.LdapName;

import org.castellan.directory.DirectorySettings;
import org.castellan.security.DomainGroups;
import org.castellan.security.DomainUsers.DirectoryEntry;
import org.castellan.security.DomainUsers.DirectoryState;
import org.eclipse.osgi.util.NLS;

/**
 * What the directory holds of Castellan's domain users, read in one go as the service account, for
 * a synchronization or an import. Logins are matched without regard to case, as directories match them.
 */
final class DirectorySync {

    private DirectorySync() {
    }

    /**
     * Each domain login's state: found or not, enabled or not, the mapped groups he holds. A login
     * that several entries have is reported in {@code errors} and left as it is (neither disabled
     * nor regrouped).
     */
    static Map<String, DirectoryState> read(DirectoryConnection connection, DirectorySettings settings, List<String> logins, List<String> errors)
            throws NamingException {
        Map<String, List<DirectoryUsers.Person>> byLogin = byLogin(DirectoryUsers.byLogins(connection, settings, logins));
        Map<LdapName, String> loginsByDn = new HashMap<>();
        byLogin.values().stream().filter(p -> p.size() == 1).map(p -> p.get(0)).forEach(p -> loginsByDn.put(name(p.dn()), p.login()));
        MappedGroups groups = MappedGroups.of(connection, settings);
        MappedGroups.Members members = groups.members(loginsByDn, errors);
        Map<String, DirectoryState> states = new HashMap<>();
        for (String login : logins) {
            List<DirectoryUsers.Person> found = byLogin.getOrDefault(login.toLowerCase(Locale.ROOT), List.of());
            if (found.size() > 1) {
                errors.add(NLS.bind(Messages.userAmbiguous, login, settings.loginAttribute()));
                states.put(login, new DirectoryState(true, true, DomainGroups.NONE));
            } else if (found.size() == 1) {
                states.put(login, new DirectoryState(true, found.get(0).enabled(), members.of(login, groups)));
            }
        }
        return states;
    }

    /** The directory's entries of {@code logins}, with their mapped groups, for an import (logins not found, or found twice, left out). */
    static List<DirectoryEntry> entries(DirectoryConnection connection, DirectorySettings settings, List<String> logins) throws NamingException {
        MappedGroups groups = MappedGroups.of(connection, settings);
        List<DirectoryEntry> entries = new ArrayList<>();
        for (List<DirectoryUsers.Person> found : byLogin(DirectoryUsers.byLogins(connection, settings, logins)).values()) {
            if (found.size() == 1) {
                DirectoryUsers.Person person = found.get(0);
                entries.add(new DirectoryEntry(person.login(), person.name(), person.mail(), groups.ofUser(person.dn())));
            }
        }
        return entries;
    }

    /** The logins of {@code wanted} that no single entry of {@code entries} has. */
    static List<String> missing(List<String> wanted, List<DirectoryEntry> entries) {
        Set<String> found = entries.stream().map(e -> e.login().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return wanted.stream().filter(l -> !found.contains(l.toLowerCase(Locale.ROOT))).toList();
    }

    private static Map<String, List<DirectoryUsers.Person>> byLogin(List<DirectoryUsers.Person> people) {
        return people.stream().collect(Collectors.groupingBy(p -> p.login().toLowerCase(Locale.ROOT)));
    }

    private static LdapName name(String dn) {
        try {
            return new LdapName(dn);
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException(dn, e); // the directory's own DNs are DNs
        }
    }
}
