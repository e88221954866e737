package org.castellan.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Screenshots of real windows into target/screenshots/, for a person to look at. */
final class Screenshots {

    private Screenshots() {
    }

    static Path folder() throws IOException {
        Path folder = Path.of(System.getProperty("castellan.test.output", "target"), "screenshots");
        Files.createDirectories(folder);
        return folder;
    }

    /**
     * Copies the shell's client area (what SWT draws; without a window manager there is no frame)
     * from the screen into {@code name}.png.
     */
    static Path of(Shell shell, String name) throws IOException {
        Ui.settle(shell.getDisplay(), 400);
        shell.redraw();
        shell.update();
        Ui.settle(shell.getDisplay(), 200);
        Rectangle bounds = shell.getDisplay().map(shell, null, shell.getClientArea());
        Rectangle screen = shell.getDisplay().getBounds();
        Rectangle area = bounds.intersection(screen);
        Image image = new Image(shell.getDisplay(), area.width, area.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path file = folder().resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
