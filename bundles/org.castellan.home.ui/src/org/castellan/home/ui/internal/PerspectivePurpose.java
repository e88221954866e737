package org.castellan.home.ui.internal;

import org.castellan.ui.Fields;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * In the toolbar, one line saying what the open perspective is for: its description (the
 * {@code description} of its {@code org.eclipse.ui.perspectives} extension), updated as another
 * perspective opens. Wide enough for the longest description, so the toolbar never jumps.
 */
public final class PerspectivePurpose extends WorkbenchWindowControlContribution {

    /** Name of the label, for tests. */
    public static final String NAME = "home.perspective.purpose"; //$NON-NLS-1$

    @Override
    protected Control createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        layout.marginWidth = 8;
        body.setLayout(layout);
        Label label = new Label(body, SWT.NONE);
        Fields.named(label, NAME);
        GC gc = new GC(label);
        int width = 0;
        for (IPerspectiveDescriptor perspective : PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives()) {
            width = Math.max(width, gc.textExtent(describe(perspective)).x);
        }
        gc.dispose();
        label.setLayoutData(new GridData(width + 4, SWT.DEFAULT));
        IWorkbenchWindow window = getWorkbenchWindow();
        if (window != null) {
            IWorkbenchPage page = window.getActivePage();
            label.setText(page == null ? "" : describe(page.getPerspective())); //$NON-NLS-1$
            IPerspectiveListener listener = new IPerspectiveListener() {
                @Override
                public void perspectiveActivated(IWorkbenchPage activated, IPerspectiveDescriptor perspective) {
                    if (!label.isDisposed()) {
                        label.setText(describe(perspective));
                    }
                }

                @Override
                public void perspectiveChanged(IWorkbenchPage changed, IPerspectiveDescriptor perspective, String changeId) {
                    // only which perspective is open matters here
                }
            };
            window.addPerspectiveListener(listener);
            label.addDisposeListener(e -> window.removePerspectiveListener(listener));
        }
        return body;
    }

    static String describe(IPerspectiveDescriptor perspective) {
        if (perspective == null) {
            return ""; //$NON-NLS-1$
        }
        String description = perspective.getDescription();
        return description == null ? "" : description; //$NON-NLS-1$
    }
}
