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
 */
public record PasswordPolicy(int minimumLength, boolean digit, boolean lowerCase, boolean upperCase, boolean special) {

    /** The rule of the pharmacy software Castellan's accounts follow: 6 characters of every kind. */
    public static final PasswordPolicy PHARMACY_PRESET = new PasswordPolicy(6, true, true, true, true);

    /** Castellan's default: longer than the pharmacy preset, with the same kinds of characters. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(10, true, true, true, true);

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
