package org.castellan.security.internal;

import org.castellan.security.AccountException;
import org.eclipse.osgi.util.NLS;

/** Length and character rules of the text fields administrators type (names, descriptions, e-mail). */
public final class FieldRules {

    /** Longest role or group name the tables hold. */
    public static final int MAXIMUM_NAME = 120;
    public static final int MAXIMUM_DESCRIPTION = 1024;

    private FieldRules() {
    }

    /** Refuses a text over {@code maximum} characters or with control characters; null passes. */
    public static void checkText(String value, int maximum, String field, boolean multiLine) throws AccountException {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > maximum) {
            throw new AccountException(NLS.bind(Messages.fieldTooLong, field, maximum));
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiLine && c == '\n'))) {
            throw new AccountException(NLS.bind(Messages.fieldControlCharacters, field));
        }
    }

    /** A required name (of a role or a group), and its optional description. */
    public static void checkNameAndDescription(String name, String description, String emptyMessage, String nameField)
            throws AccountException {
        if (name == null || name.isBlank()) {
            throw new AccountException(emptyMessage);
        }
        checkText(name, MAXIMUM_NAME, nameField, false);
        checkText(description, MAXIMUM_DESCRIPTION, Messages.fieldDescription, true);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
