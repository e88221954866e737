package org.castellan.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * The startup marker of the cold-start benchmark.
 * <p>
 * When the system property {@value #PROPERTY} names a file ({@code -Dcastellan.startupMarker=/tmp/up}),
 * Castellan writes into it, once, the moment the first dialog of the run becomes visible (First
 * start, passphrase, Login, or an error): the time as milliseconds since the epoch
 * ({@link System#currentTimeMillis()}) in decimal, followed by a line break. The file is written to
 * a sibling and moved into place, so a reader never sees half of it. The benchmark harness starts
 * the product, waits for the file and subtracts its own start time. Without the property nothing
 * is written.
 */
public final class StartupMarker {

    public static final String PROPERTY = "castellan.startupMarker"; //$NON-NLS-1$

    private final Path file;

    private StartupMarker(Path file) {
        this.file = file;
    }

    /** The marker the system property asks for, if any. */
    public static Optional<StartupMarker> fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new StartupMarker(Path.of(value.trim())));
    }

    /**
     * Writes the marker once the first shell of the display is shown: its Show event is sent while
     * it opens, and the write runs from the event loop that then spins for it.
     */
    public void writeWhenFirstShellShows(Display display) {
        Listener listener = new Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                if (event.widget instanceof Shell) {
                    display.removeFilter(SWT.Show, this);
                    display.asyncExec(StartupMarker.this::write);
                }
            }
        };
        display.addFilter(SWT.Show, listener);
    }

    void write() {
        String now = Long.toString(System.currentTimeMillis()) + System.lineSeparator();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path partial = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
            Files.writeString(partial, now, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            ILog.of(getClass()).warn("Could not write the startup marker " + file, e); //$NON-NLS-1$
        }
    }
}
