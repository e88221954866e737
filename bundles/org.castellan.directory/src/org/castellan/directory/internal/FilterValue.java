package org.castellan.directory.internal;

/**
 * A value placed in an LDAP search filter, escaped as RFC 4515 says, so that what a user types as
 * his login ({@code *}, parentheses, a backslash, NUL) is matched as text and never read as filter.
 */
public final class FilterValue {

    private FilterValue() {
    }

    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
            case '*' -> escaped.append("\\2a"); //$NON-NLS-1$
            case '(' -> escaped.append("\\28"); //$NON-NLS-1$
            case ')' -> escaped.append("\\29"); //$NON-NLS-1$
            case '\\' -> escaped.append("\\5c"); //$NON-NLS-1$
            case '\0' -> escaped.append("\\00"); //$NON-NLS-1$
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The filter that finds {@code login}: its attribute equal to it, and the settings' own filter when there is one. */
    static String forLogin(String attribute, String login, String extra) {
        String match = "(" + attribute + "=" + escape(login) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return extra.isEmpty() ? match : "(&" + match + extra + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
