package org.castellan.security.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a login acceptable. Logins are case-sensitive when typed ("A", "a" and "à" are three
 * logins), but a new login differing from an existing one only by case or accents is refused: two
 * such accounts are too easily confused by the people who use them.
 */
public final class LoginRules {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$

    private LoginRules() {
    }

    /** The form of a login two confusable logins share: without accents, in lower case. */
    public static String skeleton(String login) {
        return MARKS.matcher(Normalizer.normalize(login, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    /** Whether a domain user's login uses only the allowed characters (a regular-expression class body). */
    public static boolean usesOnly(String login, String allowedCharacters) {
        return Pattern.compile("[" + allowedCharacters + "]+").matcher(login).matches(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
