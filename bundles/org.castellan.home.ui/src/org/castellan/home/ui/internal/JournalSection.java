package org.castellan.home.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.castellan.audit.AuditException;
import org.castellan.audit.AuditJournal;
import org.castellan.audit.ChainHead;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.BackgroundWork;
import org.castellan.ui.Services;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The journal's last verification as it was journaled (reading one row, never checking the chain
 * on opening), and Verify Now, which checks the chain and the heads kept outside and journals what
 * it found.
 */
public final class JournalSection implements Section {

    public static final String STATUS = "home.journal.status"; //$NON-NLS-1$
    public static final String VERIFY = "home.journal.verify"; //$NON-NLS-1$

    private final Label status;
    private final Button verify;
    private AuthenticatedUser user;

    JournalSection(Composite parent) {
        Card card = new Card(parent, Messages.journalTitle, 1);
        status = card.line(STATUS);
        verify = card.button(Messages.journalAction, VERIFY, this::verifyNow);
    }

    @Override
    public void refresh(AuthenticatedUser who) {
        this.user = who;
        Optional<AuditJournal> journal = Services.find(AuditJournal.class);
        verify.setEnabled(journal.isPresent());
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

    private void verifyNow() {
        Optional<AuditJournal> journal = Services.find(AuditJournal.class);
        if (journal.isEmpty() || user == null) {
            return;
        }
        AuthenticatedUser asking = user;
        status.setText(Messages.journalVerifying);
        try {
            BackgroundWork.run(status.getShell(), new Control[] { verify }, () -> {
                AuditJournal.Verification found = check(journal.get());
                journal.get().recordVerification(asking, found);
                return found;
            });
        } catch (Exception e) {
            ILog.of(JournalSection.class).error(e.getMessage(), e);
            status.setText(NLS.bind(Messages.readFailed, e.getMessage()));
            Card.alarm(status, true);
            return;
        }
        refresh(asking);
    }

    /** The chain, and that it still reaches each head kept outside the database: the first problem, else the chain's result. */
    private static AuditJournal.Verification check(AuditJournal journal) throws AuditException {
        List<ChainHead> heads = new ArrayList<>();
        for (Path file : journal.headFiles()) {
            try {
                ChainHead.read(file).ifPresent(heads::add);
            } catch (IOException e) {
                ILog.of(JournalSection.class).warn(e.getMessage(), e);
            }
        }
        List<AuditJournal.Verification> results = journal.verify(heads);
        return results.stream().filter(v -> !v.intact()).findFirst().orElse(results.get(0));
    }
}
