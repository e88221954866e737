package org.castellan.home.ui.internal;

import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The last good backup, red when overdue, and Back Up… that opens the backup. */
public final class BackupSection implements Section {

    public static final String STATUS = "home.backup.status"; //$NON-NLS-1$
    public static final String BACK_UP = "home.backup.backUp"; //$NON-NLS-1$

    private final Card card;
    private final Label status;
    private final Button backUp;

    BackupSection(Composite parent, Ways ways) {
        card = new Card(parent, Messages.backupTitle, 1);
        status = card.line(STATUS);
        backUp = card.button(Messages.backupAction, BACK_UP, () -> ways.perspective(Ways.BACKUP_PERSPECTIVE));
    }

    @Override
    public void refresh(AuthenticatedUser user) {
        Optional<BackupService> service = Services.find(BackupService.class);
        if (service.isEmpty()) {
            status.setText(Messages.notAvailable);
            Card.alarm(status, false);
            backUp.setEnabled(false);
            return;
        }
        try {
            boolean overdue = service.get().overdue();
            String last = service.get().lastGoodBackup().map(i -> NLS.bind(Messages.backupLast, Dates.of(i))).orElse(Messages.backupNever);
            status.setText(overdue ? last + '\n' + Messages.backupOverdue : last);
            Card.alarm(status, overdue);
        } catch (BackupException e) {
            status.setText(NLS.bind(Messages.readFailed, e.getMessage()));
            Card.alarm(status, true);
        }
        backUp.setEnabled(service.get().mayBackUp(user));
    }
}
