package org.castellan.security;

import java.util.Optional;

/**
 * The password policies of an installation: one for everybody, and optionally one per group.
 * A user's passwords follow the strictest combination ({@link PasswordPolicy#strictest}) of the
 * installation's policy and the policies of every group he belongs to.
 *
 * <p>Reading is open to any caller; changing is for administrators only, checked here. Every
 * change is published on {@link #TOPIC_POLICY_CHANGED} with {@code scope} ("installation" or the
 * group's name), {@code actor}, {@code timestamp}, {@code before} and {@code after} (the policies'
 * rules as text, "none" for a group without one).
 *
 * @since 0.1
 */
public interface PasswordPolicyAdministration {

    String TOPIC_POLICY_CHANGED = "org/castellan/security/policy/CHANGED"; //$NON-NLS-1$

    /** The policy of the whole installation; {@link PasswordPolicy#DEFAULT} until one is set. */
    PasswordPolicy installationPolicy() throws AccountException;

    /** The group's own policy, if it has one. */
    Optional<PasswordPolicy> groupPolicy(String groupName) throws AccountException;

    /** The policy the user's next password must follow: the strictest that applies to him. */
    PasswordPolicy policyFor(String login) throws AccountException;

    void setInstallationPolicy(AuthenticatedUser actor, PasswordPolicy policy) throws AccountException;

    /** Gives the group a policy of its own, or removes it when {@code policy} is empty. */
    void setGroupPolicy(AuthenticatedUser actor, String groupName, Optional<PasswordPolicy> policy) throws AccountException;
}
