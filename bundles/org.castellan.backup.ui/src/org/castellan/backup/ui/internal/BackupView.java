package org.castellan.backup.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.BiFunction;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.security.AuthenticatedUser;
import org.castellan.ui.Events;
import org.castellan.ui.Fields;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The last good backup, the medium's status, and the Back Up, Initialise Medium and Restore buttons. */
public final class BackupView extends ViewPart {

    public static final String ID = "org.castellan.backup.ui.view"; //$NON-NLS-1$
    /** Widget names (see {@link Fields#NAME}), for tests and the screen walk. */
    public static final String BACK_UP = "backUp"; //$NON-NLS-1$
    public static final String INITIALISE = "initialise"; //$NON-NLS-1$
    public static final String RESTORE = "restore"; //$NON-NLS-1$

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private Label lastGood;
    private Label medium;
    private Button backUp;
    private Button initialise;
    private Button restore;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(12, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.lastGoodLabel);
        lastGood = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(lastGood);
        new Label(body, SWT.NONE).setText(Messages.mediumLabel);
        medium = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(medium);
        Composite buttons = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        backUp = new Button(buttons, SWT.PUSH);
        backUp.setText(Messages.backUpButton);
        backUp.setData(Fields.NAME, BACK_UP);
        backUp.addListener(SWT.Selection, e -> BackupFlow.start(getSite().getShell(), this::refresh));
        initialise = new Button(buttons, SWT.PUSH);
        initialise.setText(Messages.initialiseButton);
        initialise.setData(Fields.NAME, INITIALISE);
        initialise.addListener(SWT.Selection, e -> openWizard(InitialiseMediumWizard::new));
        restore = new Button(buttons, SWT.PUSH);
        restore.setText(Messages.restoreButton);
        restore.setData(Fields.NAME, RESTORE);
        restore.addListener(SWT.Selection, e -> openWizard((service, user) -> new RestoreWizard(service, user, this::refresh)));
        refresh();
        // The wizards and the backup finish in jobs, after their dialogs close: their events say when.
        Events.refreshOn(body, this::refresh, BackupService.TOPIC_MEDIUM_INITIALISED, BackupService.TOPIC_SUCCEEDED, BackupService.TOPIC_FAILED,
                BackupService.TOPIC_RESTORED);
    }

    private void openWizard(BiFunction<BackupService, AuthenticatedUser, Wizard> wizard) {
        Optional<BackupService> service = BackupServices.backup();
        Optional<AuthenticatedUser> user = BackupServices.user();
        if (service.isPresent() && user.isPresent()) {
            new WizardDialog(getSite().getShell(), wizard.apply(service.get(), user.get())).open();
            refresh();
        }
    }

    /** Reads the service again: after a backup, an initialisation, or a medium plugged in. */
    void refresh() {
        if (lastGood == null || lastGood.isDisposed()) {
            return;
        }
        Optional<BackupService> service = BackupServices.backup();
        Optional<AuthenticatedUser> user = BackupServices.user();
        if (service.isEmpty() || user.isEmpty()) {
            lastGood.setText(Messages.serviceMissing);
            backUp.setEnabled(false);
            initialise.setEnabled(false);
            restore.setEnabled(false);
            return;
        }
        try {
            lastGood.setText(service.get().lastGoodBackup()
                    .map(i -> DATE.format(i.atZone(ZoneId.systemDefault())) + (overdue(service.get()) ? Messages.overdueSuffix : "")) //$NON-NLS-1$
                    .orElse(Messages.never));
        } catch (BackupException e) {
            lastGood.setText(e.getMessage());
        }
        MediumStatus status = service.get().medium();
        medium.setText(status.ready() ? NLS.bind(Messages.mediumReady, status.directory()) : status.message());
        boolean allowed = service.get().backsUpHere() && service.get().mayBackUp(user.get());
        backUp.setEnabled(allowed);
        initialise.setEnabled(allowed);
        backUp.setToolTipText(service.get().backsUpHere() ? null : Messages.serverOtherTip);
        restore.setEnabled(service.get().backsUpHere() && service.get().mayRestore(user.get()));
        lastGood.getParent().layout(true);
    }

    private static boolean overdue(BackupService service) {
        try {
            return service.overdue();
        } catch (BackupException e) {
            return true;
        }
    }

    @Override
    public void setFocus() {
        backUp.setFocus();
    }
}
