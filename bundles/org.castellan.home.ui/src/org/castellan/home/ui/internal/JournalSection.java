package org.castellan.home.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.ChainHead;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The journal's last verification as it was journaled (reading one row, never checking the chain
 * on opening), and Verify Now, which checks the chain and the heads kept outside in a cancellable
 * job and journals what it found.
 */
public final class JournalSection implements Section {

    public static final String STATUS = "home.journal.status"; //$NON-NLS-1$
    public static final String VERIFY = "home.journal.verify"; //$NON-NLS-1$

    /** The family of Verify Now's job (tests wait for it, or cancel it). */
    public static final Object FAMILY = new Object();
    private static final int PROGRESS_UNITS = 1000;

    private final Label status;
    private final Button verify;
    private AuthenticatedUser user;
    /** Verify Now's job while it runs: one at a time. */
    private Job running;

    JournalSection(Composite parent) {
        Card card = new Card(parent, Messages.journalTitle, 1);
        status = card.line(STATUS);
        verify = card.button(Messages.journalAction, VERIFY, this::verifyNow);
    }

    @Override
    public void refresh(AuthenticatedUser who) {
        this.user = who;
        Optional<AuditJournal> journal = Services.find(AuditJournal.class);
        verify.setEnabled(journal.isPresent() && running == null);
        if (journal.isEmpty()) {
            status.setText(Messages.notAvailable);
            return;
        }
        try {
            Optional<AuditJournal.RecordedVerification> last = journal.get().lastVerification();
            if (last.isEmpty()) {
                status.setText(Messages.journalNever);
                Card.alarm(status, false);
                return;
            }
            AuditJournal.RecordedVerification recorded = last.get();
            AuditJournal.Verification result = recorded.result();
            status.setText(result.intact() ? NLS.bind(Messages.journalIntact, new Object[] { Dates.of(recorded.at()), recorded.login(), result.rowsChecked() })
                    : NLS.bind(Messages.journalBroken, new Object[] { Dates.of(recorded.at()), recorded.login(), result.firstBrokenRow().orElseThrow() }));
            Card.alarm(status, !result.intact());
        } catch (AuditException e) {
            status.setText(NLS.bind(Messages.readFailed, e.getMessage()));
            Card.alarm(status, true);
        }
    }

    /**
     * Checks the journal in a job (progress, and Cancel in the progress dialog or view: millions of
     * rows take minutes). Only a check run to its end is journaled; a cancelled one records nothing.
     */
    private void verifyNow() {
        Optional<AuditJournal> journal = Services.find(AuditJournal.class);
        if (journal.isEmpty() || user == null || running != null) {
            return;
        }
        AuthenticatedUser asking = user;
        status.setText(Messages.journalVerifying);
        verify.setEnabled(false);
        Display display = status.getDisplay();
        Job job = new Job(Messages.journalVerifying) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(Messages.journalVerifying, PROGRESS_UNITS);
                try {
                    AuditJournal.Verification found = check(journal.get(), progressOf(monitor));
                    journal.get().recordVerification(asking, found);
                    return Status.OK_STATUS;
                } catch (CancellationException e) {
                    return Status.CANCEL_STATUS;
                } catch (AuditException e) {
                    return Status.error(e.getMessage(), e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                // also when cancelled before it ran: the card must not stay "Verifying..."
                display.asyncExec(() -> finished(asking, event.getResult()));
            }
        });
        running = job;
        job.setUser(true);
        job.schedule();
    }

    private void finished(AuthenticatedUser asking, IStatus result) {
        running = null;
        if (status.isDisposed()) {
            return;
        }
        verify.setEnabled(true);
        refresh(asking);
        if (result.getSeverity() == IStatus.CANCEL) {
            status.setText(Messages.journalCancelled);
            Card.alarm(status, false);
        } else if (!result.isOK()) {
            status.setText(NLS.bind(Messages.readFailed, result.getMessage()));
            Card.alarm(status, true);
        }
        status.getParent().layout(true, true);
    }

    /** The check's progress on the job's monitor, and the monitor's Cancel as the check's stop. */
    private static AuditJournal.Progress progressOf(IProgressMonitor monitor) {
        return new AuditJournal.Progress() {
            private int reported;

            @Override
            public void checked(long rows, long total) {
                int now = total <= 0 ? 0 : (int) Math.min(PROGRESS_UNITS, rows * PROGRESS_UNITS / total);
                monitor.worked(now - reported);
                reported = now;
                monitor.subTask(NLS.bind(Messages.journalRowsChecked, rows, total));
            }

            @Override
            public boolean stopRequested() {
                return monitor.isCanceled();
            }
        };
    }

    /** The chain, and that it still reaches each head kept outside the database: the first problem, else the chain's result. */
    private static AuditJournal.Verification check(AuditJournal journal, AuditJournal.Progress progress) throws AuditException {
        List<ChainHead> heads = new ArrayList<>();
        for (Path file : journal.headFiles()) {
            try {
                ChainHead.read(file).ifPresent(heads::add);
            } catch (IOException e) {
                ILog.of(JournalSection.class).warn(e.getMessage(), e);
            }
        }
        List<AuditJournal.Verification> results = journal.verify(heads, progress);
        return results.stream().filter(v -> !v.intact()).findFirst().orElse(results.get(0));
    }
}
