package org.castellan.ui;

import org.castellan.security.AccountException;
import org.castellan.store.StoreException;
import org.castellan.ui.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A title-area dialog as tall as its content: the start-up dialogs hold a few fields, and the
 * title area's minimum height would only add empty space under them. Public for the dialogs of
 * the concerns' UI bundles, which look the same.
 *
 * @since 0.1
 */
public abstract class CompactTitleAreaDialog extends TitledDialog {

    private ProblemArea failureArea;
    private String failureSummary;

    /** See {@link TitledDialog#TitledDialog(Shell, String, String)}. */
    protected CompactTitleAreaDialog(Shell parent, String shellTitle, String okLabel) {
        super(parent, shellTitle, okLabel);
        setHelpAvailable(false);
    }

    @Override
    protected Point getInitialSize() {
        Point natural = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        return new Point(Math.max(natural.x, super.getInitialSize().x), natural.y);
    }

    /** The composite holding the dialog's fields, with the standard dialog margins. */
    @Override
    protected Composite createBody(Composite dialogArea, int columns) {
        return Fields.body(dialogArea, GridLayoutFactory.swtDefaults().numColumns(columns).margins(
                convertHorizontalDLUsToPixels(IDialogConstants.HORIZONTAL_MARGIN), convertVerticalDLUsToPixels(IDialogConstants.VERTICAL_MARGIN)));
    }

    /**
     * The area under the fields where {@link #failed} shows a failure whole, while the title area
     * sums it up as {@code summary}.
     */
    protected final ProblemArea createFailureArea(Composite body, int columns, String name, String summary) {
        failureArea = new ProblemArea(body, columns, name);
        failureSummary = summary;
        return failureArea;
    }

    /**
     * Sorts what went wrong in the dialog's work: a refusal (an {@link AccountException} without
     * cause, whose message says what to fix) goes to {@link #refused}; anything else is logged and
     * goes to {@link #failed}, with the problem's own message when it is one of Castellan's.
     */
    protected final void report(Exception problem) {
        if (problem instanceof AccountException refusal && refusal.getCause() == null) {
            refused(refusal.getMessage());
            return;
        }
        String message = explained(problem) ? problem.getMessage() : Messages.unexpectedError;
        ILog.of(getClass()).error(message, problem);
        failed(message);
    }

    /**
     * Whether the problem's own message is ready to show (says what happened and what to do): the
     * accounts' and the store's are; a dialog whose work throws another such exception adds it.
     */
    protected boolean explained(Exception problem) {
        return problem instanceof AccountException || problem instanceof StoreException;
    }

    /** Shows a refusal; the person fixes the input and tries again. */
    protected void refused(String message) {
        setErrorMessage(message);
    }

    /**
     * Shows a failure (already logged): as a refusal, or, in a dialog with a
     * {@linkplain #createFailureArea failure area}, summed up as a refusal and shown whole there.
     */
    protected void failed(String message) {
        if (failureArea == null) {
            refused(message);
            return;
        }
        refused(failureSummary);
        failureArea.show(message);
    }
}
