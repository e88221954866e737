package org.castellan.backup.ui.internal;

import java.util.Optional;

import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationSettings;
import org.castellan.store.ServerAddress;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;

/**
 * In the window's bottom bar: which workstation holds the installation's database (the server,
 * where backups run): this one alone, this one shared with others, or another one.
 */
public final class ServerIndicator extends WorkbenchWindowControlContribution {

    @Override
    protected Control createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout();
        layout.marginHeight = 0;
        layout.marginWidth = 6;
        body.setLayout(layout);
        Label label = new Label(body, SWT.NONE);
        // As wide as its longest text from the start: the bar does not grow when the text changes.
        GC gc = new GC(label);
        int width = 0;
        for (String text : new String[] { Messages.serverUnknown, Messages.serverThisAlone, Messages.serverThisShared,
                NLS.bind(Messages.serverOther, "workstation-00.example:1527") }) { //$NON-NLS-1$
            width = Math.max(width, gc.textExtent(text).x);
        }
        gc.dispose();
        label.setLayoutData(new GridData(width + 4, SWT.DEFAULT));
        show(label);
        // The installation is opened (or replaced by a log-in to another) after the window may have been created.
        BundleContext context = FrameworkUtil.getBundle(ServerIndicator.class).getBundleContext();
        if (context != null) {
            ServiceListener listener = event -> label.getDisplay().asyncExec(() -> {
                if (!label.isDisposed()) {
                    show(label);
                }
            });
            try {
                context.addServiceListener(listener, "(objectClass=" + CastellanStore.class.getName() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            label.addDisposeListener(e -> context.removeServiceListener(listener));
        }
        return body;
    }

    private static void show(Label label) {
        String[] shown = describe(Services.lookup(CastellanStore.class));
        label.setText(shown[0]);
        label.setToolTipText(shown[1]);
    }

    /** The text and tooltip for the store of this workstation. */
    static String[] describe(Optional<CastellanStore> found) {
        if (found.isEmpty()) {
            return new String[] { Messages.serverUnknown, Messages.serviceMissing };
        }
        CastellanStore store = found.get();
        Optional<ServerAddress> server = store.folder().flatMap(folder -> {
            try {
                return CastellanStore.settings(folder).flatMap(InstallationSettings::server);
            } catch (StoreException e) {
                return Optional.empty();
            }
        });
        String where = server.map(s -> s.host() + ':' + s.port()).orElse(""); //$NON-NLS-1$
        return switch (store.mode()) {
            case EMBEDDED -> new String[] { Messages.serverThisAlone, Messages.serverThisAloneTip };
            case SERVER -> new String[] { Messages.serverThisShared, NLS.bind(Messages.serverThisSharedTip, where) };
            case CLIENT -> new String[] { NLS.bind(Messages.serverOther, where), Messages.serverOtherTip };
        };
    }
}
