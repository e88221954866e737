package org.castellan.audit;

import java.time.LocalDate;

/**
 * What a report covers. Days are calendar days in the installation's time zone, both ends
 * included; an absent end leaves the period open on that side.
 *
 * @param from         the first day, or null for "from the beginning"
 * @param to           the last day, or null for "up to today"; {@link ReportKind#RIGHTS_ON_DAY} reports on this day
 * @param login        only this user, or null for everyone
 * @param bundle       only this bundle ("package"), or null for every bundle
 * @param failuresOnly for {@link ReportKind#LOGINS}: only the failed logins
 *
 * @since 0.1
 */
public record ReportFilter(LocalDate from, LocalDate to, String login, String bundle, boolean failuresOnly) {

    /** Everything: no period, user or bundle. */
    public static ReportFilter everything() {
        return new ReportFilter(null, null, null, null, false);
    }

    public ReportFilter {
        login = blankToNull(login);
        bundle = blankToNull(bundle);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ReportFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(newFrom, newTo, login, bundle, failuresOnly);
    }

    public ReportFilter withLogin(String newLogin) {
        return new ReportFilter(from, to, newLogin, bundle, failuresOnly);
    }

    public ReportFilter withBundle(String newBundle) {
        return new ReportFilter(from, to, login, newBundle, failuresOnly);
    }

    public ReportFilter withFailuresOnly(boolean only) {
        return new ReportFilter(from, to, login, bundle, only);
    }
}
