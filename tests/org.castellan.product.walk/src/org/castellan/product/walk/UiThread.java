package org.castellan.product.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** The walk runs on its own thread and does each step on the display's thread, letting it paint between steps. */
final class UiThread {

    private final Display display;

    UiThread(Display display) {
        this.display = display;
    }

    Display display() {
        return display;
    }

    <T> T call(Supplier<T> step) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(step.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
    }

    /** Gives the display time to lay out and paint what the last step opened. */
    void settle(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Drained without waiting for the drain: an event it dispatches may open a modal dialog (a
        // job's result, as Check for Updates shows), whose own loop then runs until the walk closes
        // it; the walk only waits until the display has taken its turn.
        display.asyncExec(() -> {
            while (display.readAndDispatch()) {
                // drain pending events
            }
        });
        run(() -> {
            // the display's turn
        });
    }

    /** What the screen shows of a shell, as a PNG file. */
    void screenshot(Shell shell, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        run(() -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageData data = image.getImageData();
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { data };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /** Escape as the keyboard sends it, to the focused window: closes native dialogs SWT has no shell for. */
    void pressEscape() {
        run(() -> {
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event key = new Event();
                key.type = type;
                key.keyCode = SWT.ESC;
                key.character = SWT.ESC;
                display.post(key);
            }
        });
    }
}
