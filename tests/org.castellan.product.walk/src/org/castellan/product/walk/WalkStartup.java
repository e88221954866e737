package org.castellan.product.walk;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/** Starts the walk on the workbench's startup thread when the product was asked to walk. */
public final class WalkStartup implements IStartup {

    /** The folder the walk writes its record and screenshots into. */
    static final String OUTPUT_PROPERTY = "castellan.walk.out"; //$NON-NLS-1$

    @Override
    public void earlyStartup() {
        String output = System.getProperty(OUTPUT_PROPERTY);
        if (output != null) {
            new ScreenWalk(PlatformUI.getWorkbench(), Path.of(output)).run();
        }
    }
}
