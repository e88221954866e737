package org.castellan.backup.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupRecord;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.backup.PendingRestore;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

/**
 * Restore: choose a good backup on a medium, where to restore it (a new installation folder, or
 * over the current installation after it is itself backed up), the passphrase when one is needed;
 * the restore then runs as a Job with progress and cancel. A restore over the current
 * installation is prepared while Castellan runs and put in place once it has closed.
 */
final class RestoreWizard extends Wizard {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final BackupService service;
    private final AuthenticatedUser user;
    private final Runnable whenDone;
    private final ChooseBackupPage choose = new ChooseBackupPage();
    private final TargetPage target = new TargetPage();
    private final PassphrasePage passphrase = new PassphrasePage();

    RestoreWizard(BackupService service, AuthenticatedUser user, Runnable whenDone) {
        this.service = service;
        this.user = user;
        this.whenDone = whenDone;
        setWindowTitle(Messages.restoreTitle);
    }

    @Override
    public void addPages() {
        addPage(choose);
        addPage(target);
        addPage(passphrase);
    }

    /** The passphrase page comes only when the chosen backup, or the safety backup of the current installation, is encrypted. */
    private boolean needsPassphrase() {
        return choose.selected().map(BackupRecord::encrypted).orElse(false) || target.overCurrent() && safetyEncrypted();
    }

    private boolean safetyEncrypted() {
        try {
            return service.options().encrypt();
        } catch (BackupException e) {
            return false;
        }
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == target && !needsPassphrase()) {
            return null;
        }
        return super.getNextPage(page);
    }

    @Override
    public boolean canFinish() {
        boolean ready = choose.isPageComplete() && target.isPageComplete() && getContainer().getCurrentPage() != choose;
        return ready && (!needsPassphrase() || getContainer().getCurrentPage() == passphrase && passphrase.isPageComplete());
    }

    @Override
    public boolean performFinish() {
        BackupRecord backup = choose.selected().orElseThrow();
        char[] secret = needsPassphrase() ? passphrase.value() : null;
        if (target.overCurrent() && !MessageDialog.openConfirm(getShell(), Messages.restoreTitle,
                NLS.bind(Messages.restoreOverConfirm, backup.name()))) {
            return false;
        }
        run(getShell().getDisplay(), backup, target.overCurrent() ? null : target.folder(), secret);
        return true;
    }

    private void run(Display display, BackupRecord backup, Path into, char[] secret) {
        Job job = Job.create(Messages.restoreJobName, (IProgressMonitor monitor) -> {
            try {
                if (into != null) {
                    Path restored = service.restore(user, backup.folder(), into, Optional.ofNullable(secret), monitor);
                    inform(display, MessageDialog.INFORMATION, NLS.bind(Messages.restoredInto, backup.name(), restored));
                } else {
                    PendingRestore pending = service.restoreOverCurrent(user, backup.folder(), Optional.ofNullable(secret), monitor);
                    pending.completeWhenClosed();
                    display.asyncExec(() -> {
                        MessageDialog.openInformation(display.getActiveShell(), Messages.restoreTitle,
                                NLS.bind(Messages.restoredOver, pending.safetyBackup().name(), pending.folder()));
                        PlatformUI.getWorkbench().restart();
                    });
                }
                return Status.OK_STATUS;
            } catch (BackupException e) {
                boolean cancelled = e.problem() == BackupException.Problem.CANCELLED;
                inform(display, cancelled ? MessageDialog.INFORMATION : MessageDialog.ERROR, e.getMessage());
                return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        });
        job.setUser(true);
        job.setPriority(Job.LONG);
        job.schedule();
    }

    private void inform(Display display, int kind, String message) {
        display.asyncExec(() -> {
            MessageDialog.open(kind, display.getActiveShell(), Messages.restoreTitle, message, SWT.NONE);
            whenDone.run();
        });
    }

    /** Step 1: the medium (the remembered one first) and one of its good backups. */
    private final class ChooseBackupPage extends WizardPage {
        private Text medium;
        private Table backups;
        private List<BackupRecord> listed = List.of();

        ChooseBackupPage() {
            super("backup"); //$NON-NLS-1$
            setTitle(Messages.restoreChooseTitle);
            setDescription(Messages.restoreChooseDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            medium = FolderField.create(body, Messages.restoreMedium, Messages.restoreChooseDescription);
            backups = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
            backups.setHeaderVisible(true);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(480, 160).applyTo(backups);
            for (String column : new String[] { Messages.restoreColumnTaken, Messages.restoreColumnSize, Messages.restoreColumnKind }) {
                new TableColumn(backups, SWT.LEFT).setText(column);
            }
            backups.addListener(SWT.Selection, e -> setPageComplete(selected().isPresent()));
            medium.addListener(SWT.Modify, e -> list());
            MediumStatus remembered = service.medium();
            if (remembered.directory() != null) {
                medium.setText(remembered.directory().toString());
            }
            setControl(body);
        }

        private void list() {
            backups.removeAll();
            listed = List.of();
            setPageComplete(false);
            String text = medium.getText().trim();
            if (text.isEmpty()) {
                setErrorMessage(null);
                return;
            }
            try {
                listed = service.backups(Path.of(text));
            } catch (BackupException | RuntimeException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            setErrorMessage(listed.isEmpty() ? NLS.bind(Messages.restoreNoBackups, text) : null);
            for (BackupRecord record : listed) {
                TableItem item = new TableItem(backups, SWT.NONE);
                item.setText(new String[] { DATE.format(record.created().atZone(ZoneId.systemDefault())),
                        NLS.bind(Messages.restoreMegabytes, Math.max(1, record.bytes() >> 20)), kind(record) });
            }
            for (TableColumn column : backups.getColumns()) {
                column.pack();
            }
            if (!listed.isEmpty()) {
                backups.select(0);
                setPageComplete(true);
            }
        }

        private String kind(BackupRecord record) {
            if (record.encrypted()) {
                return Messages.restoreKindEncrypted;
            }
            return record.compressed() ? Messages.restoreKindCompressed : Messages.restoreKindPlain;
        }

        Optional<BackupRecord> selected() {
            int index = backups == null ? -1 : backups.getSelectionIndex();
            return index < 0 || index >= listed.size() ? Optional.empty() : Optional.of(listed.get(index));
        }
    }

    /** Step 2: a new installation folder, or over the current installation. */
    private final class TargetPage extends WizardPage {
        private Button intoNew;
        private Button over;
        private Text folder;

        TargetPage() {
            super("target"); //$NON-NLS-1$
            setTitle(Messages.restoreTargetTitle);
            setDescription(Messages.restoreTargetDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            intoNew = new Button(body, SWT.RADIO);
            intoNew.setText(Messages.restoreIntoNew);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(intoNew);
            folder = FolderField.create(body, Messages.folder, Messages.restoreTargetDescription);
            over = new Button(body, SWT.RADIO);
            over.setText(Messages.restoreOver);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(over);
            Label explanation = new Label(body, SWT.WRAP);
            explanation.setText(Messages.restoreOverExplanation);
            GridDataFactory.fillDefaults().span(3, 1).indent(24, 0).hint(440, SWT.DEFAULT).applyTo(explanation);
            intoNew.setSelection(true);
            intoNew.addListener(SWT.Selection, e -> check());
            over.addListener(SWT.Selection, e -> check());
            folder.addListener(SWT.Modify, e -> check());
            setControl(body);
        }

        private void check() {
            folder.setEnabled(intoNew.getSelection());
            if (over.getSelection()) {
                setErrorMessage(null);
                setPageComplete(true);
                return;
            }
            String text = folder.getText().trim();
            setErrorMessage(null);
            setPageComplete(!text.isEmpty());
            getContainer().updateButtons();
        }

        boolean overCurrent() {
            return over != null && over.getSelection();
        }

        Path folder() {
            return Path.of(folder.getText().trim());
        }
    }

    /** Step 3, only for an encrypted backup: its passphrase (stored nowhere). */
    private final class PassphrasePage extends WizardPage {
        private Text text;

        PassphrasePage() {
            super("passphrase"); //$NON-NLS-1$
            setTitle(Messages.restorePassphraseTitle);
            setDescription(Messages.restorePassphraseDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            new Label(body, SWT.NONE).setText(Messages.passphrase);
            text = new Text(body, SWT.BORDER | SWT.PASSWORD);
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
            text.addListener(SWT.Modify, e -> setPageComplete(!text.getText().isEmpty()));
            setControl(body);
        }

        char[] value() {
            return text.getText().toCharArray();
        }
    }
}
