package org.castellan.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * The reports of the audit journal and the rights archive.
 *
 * @since 0.1
 */
public enum ReportKind {
    /** Every right each enabled user holds now, the way he holds it, and when that way was given. */
    CURRENT_RIGHTS,
    /** Entries into menus, perspectives, views and editors. */
    MENU_ENTRIES,
    /**
     * Options a user was refused (level, rights, ...), each with the reason and the message he was
     * shown: journaled apart from the entries, which never list a refusal.
     */
    MENU_REFUSALS,
    /** Table data copied to the clipboard or exported to files. */
    DATA_LEFT,
    /** Logins, successful and failed (or failed only); failures are flagged. */
    LOGINS,
    /** Every change of one user's rights within the period, with what was added and removed. */
    RIGHTS_CARD,
    /** The rights each user held on the last day of the period: his last archived record of that day, by time. */
    RIGHTS_ON_DAY;

    /** The name the command line uses: {@code rights-card} for {@link #RIGHTS_CARD}. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a command-line name names, if any. */
    public static Optional<ReportKind> ofCommandName(String name) {
        for (ReportKind kind : values()) {
            if (kind.commandName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
