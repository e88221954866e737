package org.castellan.backup.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.castellan.backup.BackupOptions;
import org.castellan.backup.DataSet;
import org.castellan.backup.MediumStatus;
import org.castellan.ui.Fields;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The backup's options, ticked as last time: compression, encryption, shutdown, optional data sets. */
final class BackupDialog extends TitledDialog {

    private final BackupOptions remembered;
    private final List<DataSet> dataSets;
    private final MediumStatus medium;
    private Button compress;
    private Button encrypt;
    private Button shutdown;
    private Text passphrase;
    private final java.util.Map<String, Button> dataSetBoxes = new java.util.LinkedHashMap<>();
    private BackupOptions chosen;
    private char[] chosenPassphrase;

    BackupDialog(Shell shell, BackupOptions remembered, List<DataSet> dataSets, MediumStatus medium) {
        super(shell, Messages.title, IDialogConstants.OK_LABEL);
        this.remembered = remembered;
        this.dataSets = dataSets;
        this.medium = medium;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = titledArea(parent, Messages.dialogTitle, null);
        Composite body = Fields.body(area, GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12));
        // The message names the medium's folder, however long: in the body it wraps on as many lines
        // as it needs, where the title area would widen the dialog or cut it after two lines.
        Label message = new Label(body, SWT.WRAP);
        message.setText(NLS.bind(Messages.dialogMessage, medium.directory()));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(message);
        for (DataSet dataSet : dataSets) {
            Button box = check(body, dataSet.label(), remembered.dataSets().contains(dataSet.id()));
            box.setToolTipText(dataSet.description());
            dataSetBoxes.put(dataSet.id(), box);
        }
        compress = check(body, Messages.compress, remembered.compress());
        shutdown = check(body, Messages.shutdown, remembered.shutdownWhenFinished());
        encrypt = check(body, Messages.encrypt, remembered.encrypt());
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.passphrase);
        passphrase = new Text(body, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(passphrase);
        passphrase.setEnabled(encrypt.getSelection());
        encrypt.addListener(SWT.Selection, e -> {
            passphrase.setEnabled(encrypt.getSelection());
            validate();
        });
        passphrase.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private static Button check(Composite parent, String text, boolean selected) {
        Button box = new Button(parent, SWT.CHECK);
        box.setText(text);
        box.setSelection(selected);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(box);
        return box;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        boolean missing = encrypt.getSelection() && passphrase.getText().isEmpty();
        setErrorMessage(missing ? Messages.passphraseNeeded : null);
        if (ok != null) {
            ok.setEnabled(!missing);
        }
    }

    @Override
    protected void okPressed() {
        Set<String> ids = new LinkedHashSet<>();
        dataSetBoxes.forEach((id, box) -> {
            if (box.getSelection()) {
                ids.add(id);
            }
        });
        chosen = new BackupOptions(compress.getSelection(), encrypt.getSelection(), shutdown.getSelection(), ids, remembered.dailyKept(),
                remembered.weeklyKept());
        chosenPassphrase = encrypt.getSelection() ? passphrase.getText().toCharArray() : null;
        super.okPressed();
    }

    BackupOptions options() {
        return chosen;
    }

    /** The passphrase typed, or null; the caller overwrites it once used. */
    char[] passphrase() {
        return chosenPassphrase;
    }
}
