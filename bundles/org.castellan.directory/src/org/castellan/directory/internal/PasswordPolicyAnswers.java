package org.castellan.directory.internal;

import java.time.Duration;
import java.util.Optional;

import javax.naming.NamingException;

import org.castellan.directory.internal.PasswordPolicyControl.Answer;
import org.castellan.security.DirectoryAuthenticator.Outcome;
import org.castellan.security.DirectoryAuthenticator.Result;
import org.castellan.security.DomainGroups;
import org.eclipse.osgi.util.NLS;

/**
 * A user's bind with the password policy control, and what its answer means for his login: OpenLDAP
 * refuses a locked account or an expired password with the plain "invalid credentials" of a wrong
 * password, and only the control tells them apart; an accepted bind may come with a warning (grace
 * logins left, the password about to expire) or with "change it first" after a reset.
 */
final class PasswordPolicyAnswers {

    private PasswordPolicyAnswers() {
    }

    /**
     * Binds as {@code dn}; the outcome of a bind the policy refuses or restricts, or the accepted
     * login with what the directory warned of.
     *
     * @throws NamingException a refusal the control does not explain (a wrong password), or no answer
     */
    static Outcome bind(DirectoryConnection connection, String dn, char[] password, DomainGroups groups) throws NamingException {
        try {
            connection.bind(dn, password, new javax.naming.ldap.Control[] { PasswordPolicyControl.REQUEST });
        } catch (javax.naming.AuthenticationException e) {
            Optional<Outcome> refusal = refusal(PasswordPolicyControl.of(connection.responseControls()));
            if (refusal.isPresent()) {
                return refusal.get();
            }
            throw e;
        }
        Optional<Answer> answer = PasswordPolicyControl.of(connection.responseControls());
        Optional<Outcome> refusal = refusal(answer);
        if (refusal.isPresent()) {
            return refusal.get(); // accepted by the directory, but only to change the password
        }
        return new Outcome(Result.ACCEPTED, answer.map(PasswordPolicyAnswers::warning).orElse(""), groups); //$NON-NLS-1$
    }

    private static Optional<Outcome> refusal(Optional<Answer> answer) {
        if (answer.isEmpty() || answer.get().error().isEmpty()) {
            return Optional.empty();
        }
        return switch (answer.get().error().getAsInt()) {
        case PasswordPolicyControl.ACCOUNT_LOCKED -> Optional.of(new Outcome(Result.LOCKED, Messages.accountLocked));
        case PasswordPolicyControl.PASSWORD_EXPIRED -> Optional.of(new Outcome(Result.PASSWORD_EXPIRED, Messages.passwordExpired));
        case PasswordPolicyControl.CHANGE_AFTER_RESET -> Optional.of(new Outcome(Result.PASSWORD_EXPIRED, Messages.passwordReset));
        default -> Optional.empty(); // about changing a password, which a login does not do
        };
    }

    /** What to tell the user of an accepted login; empty when the directory warned of nothing. */
    static String warning(Answer answer) {
        if (answer.graceLoginsLeft().isPresent()) {
            int left = answer.graceLoginsLeft().getAsInt();
            return left == 0 ? Messages.passwordGraceLast : NLS.bind(Messages.passwordGrace, left);
        }
        if (answer.secondsBeforeExpiry().isPresent()) {
            Duration left = Duration.ofSeconds(answer.secondsBeforeExpiry().getAsInt());
            return NLS.bind(Messages.passwordExpiresSoon, Math.max(1, left.plusHours(23).toDays())); // a part of a day counts as one
        }
        return ""; //$NON-NLS-1$
    }
}
