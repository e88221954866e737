package org.castellan.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.naming.NamingException;
import javax.naming.directory.SearchControls;

import org.castellan.directory.DirectorySettings;

/**
 * People of the directory as Castellan sees them: their login attribute, name, e-mail address and
 * whether the directory disabled them (Active Directory's {@code userAccountControl} flag 2, or
 * OpenLDAP ppolicy's permanent lock {@code pwdAccountLockedTime: 000001010000Z}). Only entries
 * matching the settings' user filter are people; values typed by someone are escaped.
 */
final class DirectoryUsers {

    /** How many logins one search asks for, so that a filter stays small for any server. */
    private static final int LOGINS_PER_SEARCH = 100;
    private static final int ACCOUNT_DISABLE = 0x2;
    private static final String PERMANENT_LOCK = "000001010000Z"; //$NON-NLS-1$

    /** One person. */
    record Person(String dn, String login, String name, String mail, boolean enabled) {
    }

    private DirectoryUsers() {
    }

    /** The people whose login is one of {@code logins} (matched as the directory matches, usually without regard to case). */
    static List<Person> byLogins(DirectoryConnection connection, DirectorySettings settings, Collection<String> logins) throws NamingException {
        List<Person> found = new ArrayList<>();
        List<String> all = List.copyOf(logins);
        for (int from = 0; from < all.size(); from += LOGINS_PER_SEARCH) {
            StringBuilder any = new StringBuilder("(|"); //$NON-NLS-1$
            for (String login : all.subList(from, Math.min(all.size(), from + LOGINS_PER_SEARCH))) {
                any.append('(').append(settings.loginAttribute()).append('=').append(FilterValue.escape(login)).append(')');
            }
            found.addAll(people(connection, settings, any.append(')').toString(), 0));
        }
        return found;
    }

    /** The people whose login, name or e-mail address contains {@code text}, at most {@code limit}. */
    static List<Person> search(DirectoryConnection connection, DirectorySettings settings, String text, int limit) throws NamingException {
        String value = "*" + FilterValue.escape(text) + "*"; //$NON-NLS-1$ //$NON-NLS-2$
        String any = "(|(" + settings.loginAttribute() + "=" + value + ")(cn=" + value + ")(displayName=" + value + ")(mail=" + value + "))"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return people(connection, settings, any, limit);
    }

    private static List<Person> people(DirectoryConnection connection, DirectorySettings settings, String match, int limit) throws NamingException {
        String attribute = settings.loginAttribute();
        String filter = "(&" + match + "(" + attribute + "=*)" + settings.filter() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<Person> people = new ArrayList<>();
        for (DirectoryConnection.Entry entry : connection.entries(settings.baseDn(), SearchControls.SUBTREE_SCOPE, filter,
                new String[] { attribute, "cn", "displayName", "mail", "userAccountControl", "pwdAccountLockedTime" }, limit)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            String name = entry.first("displayName").isEmpty() ? entry.first("cn") : entry.first("displayName"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            people.add(new Person(entry.dn(), entry.first(attribute), name, entry.first("mail"), enabled(entry))); //$NON-NLS-1$
        }
        return people;
    }

    static boolean enabled(DirectoryConnection.Entry entry) {
        String control = entry.first("userAccountControl"); //$NON-NLS-1$
        try {
            if (!control.isEmpty() && (Long.parseLong(control.strip()) & ACCOUNT_DISABLE) != 0) {
                return false;
            }
        } catch (NumberFormatException e) {
            // not Active Directory's number: not a disabled flag either
        }
        return !PERMANENT_LOCK.equals(entry.first("pwdAccountLockedTime").toUpperCase(Locale.ROOT)); //$NON-NLS-1$
    }
}
