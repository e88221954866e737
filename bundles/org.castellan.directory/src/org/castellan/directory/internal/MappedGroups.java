package org.castellan.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchControls;
import javax.naming.ldap.LdapName;

import org.castellan.directory.DirectorySettings;
import org.castellan.directory.GroupMapping;
import org.castellan.security.DomainGroups;
import org.eclipse.osgi.util.NLS;

/**
 * The directory groups the mapping names, read as the service account. A directory group that
 * cannot be read leaves its Castellan group unmanaged for that time (nobody is removed from it
 * because the directory did not answer); a user found in one of its readable groups still joins it.
 * Membership is a group's {@code member} or {@code uniqueMember} (groupOfNames, groupOfUniqueNames,
 * Active Directory's group), or, with nested groups on, Active Directory's
 * LDAP_MATCHING_RULE_IN_CHAIN, which follows groups within groups.
 */
public final class MappedGroups {

    private static final String[] NO_ATTRIBUTE = { "1.1" }; //$NON-NLS-1$

    private final DirectoryConnection connection;
    private final DirectorySettings settings;

    private MappedGroups(DirectoryConnection connection, DirectorySettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    static MappedGroups of(DirectoryConnection connection, DirectorySettings settings) {
        return new MappedGroups(connection, settings);
    }

    /** The filter a group (or, nested, a user) matches when {@code dn} is a member. */
    public static String memberFilter(String dn, boolean nested) {
        String value = FilterValue.escape(dn);
        return nested ? "(member:" + DirectorySettings.IN_CHAIN_RULE + ":=" + value + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : "(|(member=" + value + ")(uniqueMember=" + value + "))"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * At a login: the mapped Castellan groups the user whose entry is {@code userDn} belongs to. Two
     * searches per folder of mapped groups, however many groups it holds: which of them exist, and
     * which of them have him as a member (through nested groups when asked).
     */
    DomainGroups ofUser(String userDn) {
        if (settings.groupMappings().isEmpty()) {
            return DomainGroups.NONE;
        }
        Set<String> held = new HashSet<>();
        Set<String> unread = new HashSet<>();
        for (Map.Entry<String, List<GroupMapping>> folder : byFolder().entrySet()) {
            try {
                String named = anyOf(folder.getValue());
                Set<LdapName> existing = names(connection.entries(folder.getKey(), SearchControls.ONELEVEL_SCOPE, named, NO_ATTRIBUTE, 0));
                Set<LdapName> holding = names(connection.entries(folder.getKey(), SearchControls.ONELEVEL_SCOPE,
                        "(&" + named + memberFilter(userDn, settings.nestedGroups()) + ")", NO_ATTRIBUTE, 0)); //$NON-NLS-1$ //$NON-NLS-2$
                for (GroupMapping mapping : folder.getValue()) {
                    LdapName group = new LdapName(mapping.directoryGroup());
                    if (holding.contains(group)) {
                        held.add(mapping.castellanGroup());
                    } else if (!existing.contains(group)) {
                        unread.add(mapping.castellanGroup()); // no such group: no answer about it
                    }
                }
            } catch (NamingException e) {
                folder.getValue().forEach(m -> unread.add(m.castellanGroup()));
            }
        }
        return domainGroups(held, unread);
    }

    /** The mappings by the DN of the folder holding their directory group. */
    private Map<String, List<GroupMapping>> byFolder() {
        Map<String, List<GroupMapping>> folders = new HashMap<>();
        for (GroupMapping mapping : settings.groupMappings()) {
            try {
                LdapName group = new LdapName(mapping.directoryGroup());
                folders.computeIfAbsent(group.getPrefix(Math.max(0, group.size() - 1)).toString(), f -> new ArrayList<>()).add(mapping);
            } catch (InvalidNameException e) {
                // the setting's check refuses such a DN: never stored
            }
        }
        return folders;
    }

    /** The filter that matches the groups of {@code mappings} by their own RDN, within their folder. */
    private static String anyOf(List<GroupMapping> mappings) throws NamingException {
        StringBuilder any = new StringBuilder("(|"); //$NON-NLS-1$
        for (GroupMapping mapping : mappings) {
            LdapName group = new LdapName(mapping.directoryGroup());
            any.append("(&"); //$NON-NLS-1$
            NamingEnumeration<? extends Attribute> attributes = group.getRdn(group.size() - 1).toAttributes().getAll();
            while (attributes.hasMore()) {
                Attribute attribute = attributes.next();
                any.append('(').append(attribute.getID()).append('=').append(FilterValue.escape(String.valueOf(attribute.get()))).append(')');
            }
            any.append(')');
        }
        return any.append(')').toString();
    }

    private static Set<LdapName> names(List<DirectoryConnection.Entry> entries) throws InvalidNameException {
        Set<LdapName> names = new HashSet<>();
        for (DirectoryConnection.Entry entry : entries) {
            names.add(new LdapName(entry.dn()));
        }
        return names;
    }

    private DomainGroups domainGroups(Set<String> held, Set<String> unread) {
        Set<String> managed = new HashSet<>();
        for (GroupMapping mapping : settings.groupMappings()) {
            if (held.contains(mapping.castellanGroup()) || !unread.contains(mapping.castellanGroup())) {
                managed.add(mapping.castellanGroup());
            }
        }
        return new DomainGroups(managed, held);
    }

    /** For a synchronization: every mapped group's members, by login in lower case. */
    record Members(Map<String, Set<String>> loginsByCastellanGroup, Set<String> unread) {

        DomainGroups of(String login, MappedGroups groups) {
            String key = login.toLowerCase(Locale.ROOT);
            Set<String> held = new HashSet<>();
            loginsByCastellanGroup.forEach((group, logins) -> {
                if (logins.contains(key)) {
                    held.add(group);
                }
            });
            return groups.domainGroups(held, unread);
        }
    }

    /**
     * Reads each mapped group once: its member DNs, turned into logins through {@code loginsByDn}
     * (the users the synchronization found), or with nested groups, the users under the base DN that
     * are members through any chain. A group that cannot be read is named in {@code errors}.
     */
    Members members(Map<LdapName, String> loginsByDn, List<String> errors) {
        Map<String, Set<String>> logins = new HashMap<>();
        Set<String> unread = new HashSet<>();
        for (GroupMapping mapping : settings.groupMappings()) {
            Set<String> members = logins.computeIfAbsent(mapping.castellanGroup(), g -> new HashSet<>());
            try {
                if (settings.nestedGroups()) {
                    String filter = "(&(memberOf:" + DirectorySettings.IN_CHAIN_RULE + ":=" + FilterValue.escape(mapping.directoryGroup()) + ")(" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + settings.loginAttribute() + "=*))"; //$NON-NLS-1$
                    for (DirectoryConnection.Entry entry : connection.entries(settings.baseDn(), SearchControls.SUBTREE_SCOPE, filter,
                            new String[] { settings.loginAttribute() }, 0)) {
                        members.add(entry.first(settings.loginAttribute()).toLowerCase(Locale.ROOT));
                    }
                } else {
                    List<DirectoryConnection.Entry> group = connection.entries(mapping.directoryGroup(), SearchControls.OBJECT_SCOPE,
                            "(objectClass=*)", new String[] { "member", "uniqueMember" }, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    for (DirectoryConnection.Entry entry : group) {
                        addMembers(entry.values("member"), loginsByDn, members); //$NON-NLS-1$
                        addMembers(entry.values("uniqueMember"), loginsByDn, members); //$NON-NLS-1$
                    }
                }
            } catch (NamingException e) {
                unread.add(mapping.castellanGroup());
                errors.add(NLS.bind(Messages.groupUnreadable, mapping.directoryGroup(), DirectoryAnswer.reason(e)));
            }
        }
        return new Members(logins, unread);
    }

    private static void addMembers(List<String> dns, Map<LdapName, String> loginsByDn, Set<String> members) {
        for (String dn : dns) {
            try {
                String login = loginsByDn.get(new LdapName(dn));
                if (login != null) {
                    members.add(login.toLowerCase(Locale.ROOT));
                }
            } catch (InvalidNameException e) {
                // not a DN: no user of ours
            }
        }
    }
}
