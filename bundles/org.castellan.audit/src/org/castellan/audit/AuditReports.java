package org.castellan.audit;

import java.nio.file.Path;
import java.util.List;

import org.castellan.security.AuthenticatedUser;

/**
 * The reports on the audit journal and the rights archive, for administrators only: the service
 * refuses anyone else, whatever calls it (workbench, command line, a partner's code).
 * <p>
 * Bad input is refused with an {@link AuditException} whose message says what is wrong and what
 * to do: a period whose first day is after its last, a period or day after today, a user nobody
 * by that login ever was. A database that fails is an {@link AuditException} too, whose cause is
 * the store's {@link org.castellan.store.StoreException}.
 *
 * @since 0.1
 */
public interface AuditReports {

    /**
     * Runs a report.
     *
     * @param actor  the user asking; refused unless he holds "Administer security"
     * @param filter the period, user and bundle; {@link ReportKind#RIGHTS_CARD} needs a user
     */
    Report run(AuthenticatedUser actor, ReportKind kind, ReportFilter filter) throws AuditException;

    /** Successful and failed logins per day of the filter's period (every day, also those without any), for a chart. */
    List<LoginsPerDay> loginsPerDay(AuthenticatedUser actor, ReportFilter filter) throws AuditException;

    /**
     * The column titles of a report, in the user's language, as {@link #run} gives them: for a
     * table that shows them before the first run. Anyone may read them (titles, no data).
     *
     * @since 0.1
     */
    List<String> columns(ReportKind kind);

    /** The formats a report is exported to. */
    enum Format {
        CSV, PDF
    }

    /**
     * Writes a report to a file and journals the export ({@link AuditJournal#TOPIC_EXPORTED}) in
     * one transaction: if the journal cannot be written, no file is left; an existing file is
     * replaced only once everything succeeded.
     */
    void export(AuthenticatedUser actor, Report report, Format format, Path file) throws AuditException;

    /**
     * Where a report written for another machine ends up: the file's name there and that
     * workstation's name, which its journal row names (as the rows of that workstation's log-in do).
     *
     * @param file        the path the file has on that workstation
     * @param workstation that workstation's name
     * @since 0.1
     */
    record Destination(String file, String workstation) {

        public Destination {
            java.util.Objects.requireNonNull(file);
            java.util.Objects.requireNonNull(workstation);
        }
    }

    /**
     * Writes a report to a file for another machine, as {@link #export(AuthenticatedUser, Report,
     * Format, Path)} does, but journaled with the name the file has there and the workstation it
     * is for (the Castellan server writes a client workstation's report into a folder of its own,
     * then sends it), and refused, with nothing written or journaled, when it is larger than
     * {@code maxBytes}.
     *
     * @since 0.1
     */
    void export(AuthenticatedUser actor, Report report, Format format, Path file, Destination shownAs, long maxBytes) throws AuditException;

    /**
     * A report's file for another machine, written and journaled as
     * {@link #export(AuthenticatedUser, Report, Format, Path, Destination, long)} does (into a
     * private folder of this machine's, removed at once), answered as its content: what a client
     * workstation's workbench asks the Castellan server, then writes on its own disk. The journal
     * row is written once the content is made: from then on the report has left this machine.
     *
     * @throws AuditException as the export's refusals (not an administrator, larger than {@code maxBytes})
     * @since 0.1
     */
    byte[] exportContent(AuthenticatedUser actor, Report report, Format format, Destination shownAs, long maxBytes) throws AuditException;
}
