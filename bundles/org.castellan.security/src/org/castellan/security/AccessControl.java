package org.castellan.security;

import java.util.OptionalInt;
import java.util.Set;

/**
 * The fast answer to "may this user do that?" for host applications and Castellan's own bundles:
 * a compiled, immutable snapshot of every user's effective rights (see {@link EffectiveRights}),
 * rebuilt when the security configuration changes, never a query per check.
 * <p>
 * A change made on this workstation is seen as soon as its event is delivered (and at the latest
 * after {@link #REFRESH_INTERVAL_MILLIS}); one made on another workstation of a shared
 * installation within {@link #REFRESH_INTERVAL_MILLIS}, the interval at which the installation's
 * security revision (a counter every security change moves on) is read again.
 *
 * @since 0.1
 */
public interface AccessControl {

    /** How often, at most, a check reads the installation's security revision. */
    long REFRESH_INTERVAL_MILLIS = 1000;

    /** Whether the user (by id) holds the right now; false for an unknown or disabled user or right. */
    boolean hasRight(String userId, String rightId);

    /** The rights the user (by id) holds now. */
    Set<String> rightsOf(String userId);

    /** Whether the user (by id) may work in the company (its code, letter case ignored); false for an unknown user. */
    boolean mayWorkIn(String userId, String companyCode);

    /**
     * Whether the user's administration reaches the company: he administers every company (a global
     * administrator) or this one. It says nothing of his rights: the caller checks those.
     *
     * @param companyCode a company's code, letter case ignored; null for all companies at once,
     *                    which only a global administrator reaches
     */
    boolean administersCompany(String userId, String companyCode);

    /**
     * The user's authorization level now, as fresh as his rights (a change on this workstation at
     * once, another workstation's within {@link #REFRESH_INTERVAL_MILLIS}); empty for a user
     * unknown, disabled, or whose row is not believed (changed outside Castellan).
     */
    OptionalInt authorizationLevel(String userId);
}
