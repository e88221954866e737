package org.castellan.backup.ui.internal;

import java.nio.file.Path;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Initialise medium, in two steps: choose the medium, confirm. Ends with "Medium initialised". */
final class InitialiseMediumWizard extends Wizard {

    private final BackupService service;
    private final AuthenticatedUser user;
    private final ChoosePage choose = new ChoosePage();
    private final ConfirmPage confirm = new ConfirmPage();

    InitialiseMediumWizard(BackupService service, AuthenticatedUser user) {
        this.service = service;
        this.user = user;
        setWindowTitle(Messages.initialiseTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(choose);
        addPage(confirm);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == confirm && choose.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        try {
            service.initialise(user, choose.directory());
        } catch (BackupException e) {
            confirm.setErrorMessage(e.getMessage());
            return false;
        }
        MessageDialog.openInformation(getShell(), Messages.initialiseTitle, NLS.bind(Messages.initialised, choose.directory()));
        return true;
    }

    /** Step 1: the USB key's, disk's or share's folder, checked as it is typed. */
    private final class ChoosePage extends WizardPage {
        private Text folder;

        ChoosePage() {
            super("choose"); //$NON-NLS-1$
            setTitle(Messages.chooseTitle);
            setDescription(Messages.chooseDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            folder = FolderField.create(body, Messages.folder, Messages.chooseDescription);
            folder.addListener(SWT.Modify, e -> check());
            setControl(body);
        }

        private void check() {
            String text = folder.getText().trim();
            if (text.isEmpty()) {
                setErrorMessage(null);
                setPageComplete(false);
                return;
            }
            MediumStatus status = service.medium(Path.of(text));
            boolean usable = status.state() == MediumStatus.State.UNINITIALISED || status.state() == MediumStatus.State.READY;
            setErrorMessage(usable ? null : status.message());
            setMessage(status.ready() ? Messages.alreadyInitialised : null, INFORMATION);
            setPageComplete(usable);
        }

        Path directory() {
            return Path.of(folder.getText().trim());
        }
    }

    /** Step 2: what will be written where. */
    private final class ConfirmPage extends WizardPage {
        private Label summary;

        ConfirmPage() {
            super("confirm"); //$NON-NLS-1$
            setTitle(Messages.confirmTitle);
            setDescription(Messages.confirmDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().applyTo(body);
            summary = new Label(body, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(summary);
            setControl(body);
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                summary.setText(NLS.bind(Messages.confirmSummary, choose.directory()));
                summary.getParent().layout(true);
            }
            super.setVisible(visible);
        }
    }
}
