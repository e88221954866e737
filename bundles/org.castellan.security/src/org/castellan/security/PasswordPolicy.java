package org.castellan.security;

import java.util.ArrayList;
import java.util.List;

import org.castellan.security.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Rules a password must follow. {@link #check} lists every rule a password breaks, so the person
 * fixes them all at once.
 *
 * @param minimumLength  minimum number of characters
 * @param digit          at least one digit
 * @param lowerCase      at least one lower-case letter
 * @param upperCase      at least one upper-case letter
 * @param special        at least one character that is neither a letter nor a digit
 * @param maximumAgeDays days after which a password expires and must be changed; 0 for never
 * @param warningDays    days before expiry from which the login warns; 0 for no warning
 *
 * @since 0.1
 */
public record PasswordPolicy(int minimumLength, boolean digit, boolean lowerCase, boolean upperCase, boolean special, int maximumAgeDays,
        int warningDays) {

    /** Longest minimum length a policy may ask for: the hash input stays reasonable. */
    public static final int LONGEST_MINIMUM = 128;

    /** The rule of the pharmacy software Castellan's accounts follow: 6 characters of every kind. */
    public static final PasswordPolicy PHARMACY_PRESET = new PasswordPolicy(6, true, true, true, true);

    /** The policy of no group: adds nothing to the installation's policy when combined with it. */
    public static final PasswordPolicy NONE = new PasswordPolicy(0, false, false, false, false, 0, 0);

    /** Castellan's default: longer than the pharmacy preset, with the same kinds of characters. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(10, true, true, true, true);

    /** A policy whose passwords never expire. */
    public PasswordPolicy(int minimumLength, boolean digit, boolean lowerCase, boolean upperCase, boolean special) {
        this(minimumLength, digit, lowerCase, upperCase, special, 0, 0);
    }

    /** Refuses values no installation could mean. */
    public PasswordPolicy {
        if (minimumLength < 0 || minimumLength > LONGEST_MINIMUM || maximumAgeDays < 0 || warningDays < 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.policyOutOfRange, LONGEST_MINIMUM));
        }
    }

    /**
     * The policy that asks for everything this one and {@code other} ask for: the longer minimum,
     * every kind of character either requires, the shorter non-zero expiry and the longer warning.
     * This is how an installation's policy and its groups' policies combine: the strictest wins.
     */
    public PasswordPolicy strictest(PasswordPolicy other) {
        int age = maximumAgeDays == 0 ? other.maximumAgeDays
                : other.maximumAgeDays == 0 ? maximumAgeDays : Math.min(maximumAgeDays, other.maximumAgeDays);
        return new PasswordPolicy(Math.max(minimumLength, other.minimumLength), digit || other.digit, lowerCase || other.lowerCase,
                upperCase || other.upperCase, special || other.special, age, Math.max(warningDays, other.warningDays));
    }

    /** Whether passwords under this policy expire. */
    public boolean expires() {
        return maximumAgeDays > 0;
    }

    /** Every rule of this policy as a sentence, for a checklist shown while a password is typed. */
    public List<String> rules() {
        List<String> rules = new ArrayList<>();
        if (minimumLength > 0) {
            rules.add(NLS.bind(Messages.passwordTooShort, minimumLength));
        }
        if (digit) {
            rules.add(Messages.passwordNeedsDigit);
        }
        if (lowerCase) {
            rules.add(Messages.passwordNeedsLowerCase);
        }
        if (upperCase) {
            rules.add(Messages.passwordNeedsUpperCase);
        }
        if (special) {
            rules.add(Messages.passwordNeedsSpecial);
        }
        return rules;
    }

    /** The rules the password breaks, as sentences; empty when it is acceptable. */
    public List<String> check(char[] password) {
        List<String> broken = new ArrayList<>();
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        boolean hasDigit = false;
        boolean hasLower = false;
        boolean hasUpper = false;
        boolean hasSpecial = false;
        boolean hasControl = false;
        if (password != null) {
            for (int i = 0; i < password.length; i++) {
                char c = password[i];
                hasDigit |= Character.isDigit(c);
                hasLower |= Character.isLowerCase(c);
                hasUpper |= Character.isUpperCase(c);
                hasControl |= Character.isISOControl(c);
                hasSpecial |= !Character.isLetterOrDigit(c) && !Character.isISOControl(c) && !Character.isWhitespace(c);
            }
        }
        if (length < minimumLength) {
            broken.add(NLS.bind(Messages.passwordTooShort, minimumLength));
        }
        if (digit && !hasDigit) {
            broken.add(Messages.passwordNeedsDigit);
        }
        if (lowerCase && !hasLower) {
            broken.add(Messages.passwordNeedsLowerCase);
        }
        if (upperCase && !hasUpper) {
            broken.add(Messages.passwordNeedsUpperCase);
        }
        if (special && !hasSpecial) {
            broken.add(Messages.passwordNeedsSpecial);
        }
        if (hasControl) {
            broken.add(Messages.passwordHasControlCharacters);
        }
        return broken;
    }
}
