package org.castellan.directory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the installation reaches its directory, as the {@code directory.*} settings hold it (the
 * service account's password excepted: it is kept in the installation folder, see
 * {@link DirectoryService#setServicePassword}).
 *
 * @param urls           {@code ldap://} or {@code ldaps://} URLs, tried in order; empty: no directory
 * @param startTls       whether an {@code ldap://} connection is secured with StartTLS before any bind
 * @param caCertificate  the PEM certificate(s) of the authority that signed the servers'; empty: the JDK's
 * @param baseDn         where users are searched (the whole subtree)
 * @param serviceDn      the account that searches
 * @param loginAttribute the attribute a Castellan login matches ({@code uid}, {@code sAMAccountName}, {@code userPrincipalName})
 * @param filter         what a user entry must match besides, such as {@code (objectClass=person)}; empty for none
 * @param groupMappings  which directory groups give which Castellan groups; empty: groups are not managed by the directory
 * @param nestedGroups   whether membership counts through nested groups (Active Directory's LDAP_MATCHING_RULE_IN_CHAIN)
 *
 * @since 0.1
 */
public record DirectorySettings(List<String> urls, boolean startTls, String caCertificate, String baseDn, String serviceDn, String loginAttribute,
        String filter, Duration connectTimeout, Duration readTimeout, List<GroupMapping> groupMappings, boolean nestedGroups) {

    public static final String URLS = "directory.urls"; //$NON-NLS-1$
    public static final String START_TLS = "directory.starttls"; //$NON-NLS-1$
    public static final String CA_CERTIFICATE = "directory.ca.certificate"; //$NON-NLS-1$
    public static final String BASE_DN = "directory.base.dn"; //$NON-NLS-1$
    public static final String SERVICE_DN = "directory.service.dn"; //$NON-NLS-1$
    public static final String LOGIN_ATTRIBUTE = "directory.login.attribute"; //$NON-NLS-1$
    public static final String FILTER = "directory.filter"; //$NON-NLS-1$
    public static final String CONNECT_TIMEOUT = "directory.timeout.connect.seconds"; //$NON-NLS-1$
    public static final String READ_TIMEOUT = "directory.timeout.read.seconds"; //$NON-NLS-1$
    /**
     * The setting that held the group mapping until schema 18 ({@code DN -> group} entries separated
     * by {@code ;}): its lines are now rows of their own, moved there the first time they are read.
     */
    public static final String GROUP_MAPPING = "directory.groups.mapping"; //$NON-NLS-1$
    public static final String NESTED_GROUPS = "directory.groups.nested"; //$NON-NLS-1$
    /** Active Directory's matching rule that follows nested groups: LDAP_MATCHING_RULE_IN_CHAIN. */
    public static final String IN_CHAIN_RULE = "1.2.840.113556.1.4.1941"; //$NON-NLS-1$

    /** The attributes a login may match: OpenLDAP's and Active Directory's two. */
    public static final List<String> LOGIN_ATTRIBUTES = List.of("uid", "sAMAccountName", "userPrincipalName"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    public static final long DEFAULT_CONNECT_SECONDS = 5;
    public static final long DEFAULT_READ_SECONDS = 10;
    /** Bounds of both timeouts: a login dialog never waits longer than this per server. */
    public static final long LONGEST_TIMEOUT_SECONDS = 60;

    public DirectorySettings {
        urls = List.copyOf(urls);
        Objects.requireNonNull(caCertificate);
        Objects.requireNonNull(baseDn);
        Objects.requireNonNull(serviceDn);
        Objects.requireNonNull(loginAttribute);
        Objects.requireNonNull(filter);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(readTimeout);
        groupMappings = List.copyOf(groupMappings);
    }

    /** Whether a directory is set: at least one URL and where to search. */
    public boolean configured() {
        return !urls.isEmpty() && !baseDn.isEmpty();
    }
}
