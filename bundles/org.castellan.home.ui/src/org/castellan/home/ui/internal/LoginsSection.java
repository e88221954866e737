package org.castellan.home.ui.internal;

import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditReports;
import org.castellan.audit.LoginsPerDay;
import org.castellan.audit.ReportFilter;
import org.castellan.audit.ui.LoginsChart;
import org.castellan.security.AccountException;
import org.castellan.security.AccountsOverview;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Logins and failed logins of the last 30 days (the Audit perspective's chart, fed with the
 * counts the database makes), the totals and the locked accounts; Audit Reports… and Users…
 * lead to the details.
 */
public final class LoginsSection implements Section {

    public static final String TOTALS = "home.logins.totals"; //$NON-NLS-1$
    public static final String LOCKED = "home.logins.locked"; //$NON-NLS-1$
    public static final String REPORTS = "home.logins.reports"; //$NON-NLS-1$

    private final LoginsChart chart;
    private final Label totals;
    private final Label locked;
    private final AccountsRead read;

    LoginsSection(Composite parent, Ways ways, AccountsRead read) {
        this.read = read;
        Card card = new Card(parent, Messages.loginsTitle, 2);
        chart = new LoginsChart(card.body());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(chart.control());
        totals = card.line(TOTALS);
        locked = card.line(LOCKED);
        card.button(Messages.loginsAction, REPORTS, () -> ways.perspective(Ways.AUDIT_PERSPECTIVE));
    }

    List<LoginsPerDay> days() {
        return chart.days();
    }

    @Override
    public void refresh(AuthenticatedUser user) {
        Optional<AuditReports> reports = Services.find(AuditReports.class);
        if (reports.isEmpty()) {
            totals.setText(Messages.notAvailable);
        } else {
            try {
                List<LoginsPerDay> days = reports.get().loginsPerDay(user, ReportFilter.everything());
                chart.show(days);
                totals.setText(NLS.bind(Messages.loginsTotals, days.stream().mapToInt(LoginsPerDay::succeeded).sum(),
                        days.stream().mapToInt(LoginsPerDay::failed).sum()));
            } catch (AuditException e) {
                totals.setText(NLS.bind(Messages.readFailed, e.getMessage()));
            }
        }
        try {
            Optional<AccountsOverview.Summary> summary = read.summary(user);
            locked.setText(summary.map(s -> NLS.bind(Messages.lockedAccounts, s.locked())).orElse(Messages.notAvailable));
            Card.alarm(locked, summary.isPresent() && summary.get().locked() > 0);
        } catch (AccountException e) {
            locked.setText(NLS.bind(Messages.readFailed, e.getMessage()));
        }
    }

}
