package org.castellan.backup.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A label, a folder's text field and its Browse... button, on one row of a three-column grid. */
final class FolderField {

    private FolderField() {
    }

    /** @param message what the folder dialog asks for */
    static Text create(Composite body, String label, String message) {
        new Label(body, SWT.NONE).setText(label);
        Text folder = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(body.getShell());
            dialog.setMessage(message);
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        return folder;
    }
}
