package org.castellan.backup.ui.internal;

import java.util.Optional;

import org.castellan.app.session.WorkbenchSession;
import org.castellan.store.CastellanStore;
import org.castellan.store.InstallationSettings;
import org.castellan.store.ServerAddress;
import org.castellan.store.StoreException;
import org.castellan.store.StoreMode;
import org.castellan.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;

/**
 * At the start of the main toolbar: which workstation holds the installation's database (the
 * server, where backups run and the backup medium goes): this one alone, this one shared with
 * others, or another one. On the server a red mark stands before the text, so that the
 * workstation to put the USB key in is recognised at a glance.
 */
public final class ServerIndicator extends WorkbenchWindowControlContribution {

    private static final int MARK_SIZE = 12;

    @Override
    protected Control createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        layout.marginWidth = 6;
        body.setLayout(layout);
        Label mark = new Label(body, SWT.NONE);
        Image server = serverMark(body.getDisplay());
        mark.addDisposeListener(e -> server.dispose());
        mark.setLayoutData(new GridData(MARK_SIZE, MARK_SIZE));
        Label label = new Label(body, SWT.NONE);
        show(mark, server, label);
        // Wide enough for what this workstation can say without growing the toolbar when the text
        // changes (the installation is opened after the window, or another one after a log-in).
        GC gc = new GC(label);
        int width = gc.textExtent(label.getText()).x;
        for (String text : new String[] { Messages.serverUnknown, Messages.serverThisAlone, Messages.serverThisShared, Messages.serverThroughCastellan }) {
            width = Math.max(width, gc.textExtent(text).x);
        }
        gc.dispose();
        label.setLayoutData(new GridData(width + 4, SWT.DEFAULT));
        // The installation is opened (or replaced by a log-in to another) after the window may have been created.
        BundleContext context = FrameworkUtil.getBundle(ServerIndicator.class).getBundleContext();
        if (context != null) {
            ServiceListener listener = event -> label.getDisplay().asyncExec(() -> {
                if (!label.isDisposed()) {
                    show(mark, server, label);
                }
            });
            try {
                context.addServiceListener(listener, "(|(objectClass=" + CastellanStore.class.getName() + ")(objectClass=" //$NON-NLS-1$ //$NON-NLS-2$
                        + WorkbenchSession.class.getName() + "))"); //$NON-NLS-1$
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            label.addDisposeListener(e -> context.removeServiceListener(listener));
        }
        return body;
    }

    private static void show(Label mark, Image server, Label label) {
        Optional<CastellanStore> store = Services.find(CastellanStore.class);
        String[] shown = describe(store);
        label.setText(shown[0]);
        label.setToolTipText(shown[1]);
        boolean here = store.isPresent() && store.get().mode() != StoreMode.CLIENT;
        mark.setImage(here ? server : null);
        mark.setToolTipText(shown[1]);
    }

    /** A red disc, the server's mark. */
    private static Image serverMark(Display display) {
        Image image = new Image(display, (ImageDataProvider) zoom -> {
            int size = MARK_SIZE * zoom / 100;
            PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
            ImageData data = new ImageData(size, size, 24, palette);
            data.alphaData = new byte[size * size];
            double radius = size / 2.0 - 0.5;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double distance = Math.hypot(x - (size - 1) / 2.0, y - (size - 1) / 2.0);
                    // Smooth edge: full inside, fading over the last pixel.
                    double alpha = Math.max(0, Math.min(1, radius - distance + 0.5));
                    data.setPixel(x, y, palette.getPixel(new RGB(200, 30, 30)));
                    data.alphaData[y * size + x] = (byte) Math.round(alpha * 255);
                }
            }
            return data;
        });
        return image;
    }

    /** The text and tooltip for the store of this workstation. */
    static String[] describe(Optional<CastellanStore> found) {
        if (found.isEmpty()) {
            // an enrolled client workstation opens no store: the server it enrolled with reaches the database
            boolean client = Services.find(WorkbenchSession.class).map(session -> session.mode() == StoreMode.CLIENT).orElse(false);
            return client ? new String[] { Messages.serverThroughCastellan, Messages.serverOtherTip }
                    : new String[] { Messages.serverUnknown, Messages.serviceMissing };
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
