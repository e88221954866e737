package org.castellan.app.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A title-area dialog as tall as its content: the start-up dialogs hold a few fields, and the
 * title area's minimum height would only add empty space under them.
 */
abstract class CompactTitleAreaDialog extends TitleAreaDialog {

    CompactTitleAreaDialog(Shell parent) {
        super(parent);
        setHelpAvailable(false);
    }

    @Override
    protected Point getInitialSize() {
        Point natural = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        return new Point(Math.max(natural.x, super.getInitialSize().x), natural.y);
    }

    /** The composite holding the dialog's fields, with the standard dialog margins. */
    Composite createBody(Composite dialogArea, int columns) {
        Composite body = new Composite(dialogArea, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(columns)
                .margins(convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN),
                        convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN))
                .applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        return body;
    }
}
