package org.castellan.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Where the installation of this run lives: the instance location, which {@code -data DIR} sets and
 * the product defaults to {@code ~/.castellan/default}; without one, {@code ~/.castellan/default}.
 * The workbench keeps its own state ({@code .metadata}) in the same folder; every Eclipse
 * application of Castellan (the workbench, the command line) resolves it the same way.
 *
 * @since 0.1
 */
public final class InstallationFolder {

    private InstallationFolder() {
    }

    /** {@code ~/.castellan/default}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".castellan", "default"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param instance the instance location, or {@code null} when the platform runs without one
     *                 ({@code -data @none})
     */
    public static Path resolve(Location instance) {
        if (instance == null) {
            return defaultFolder();
        }
        URL url = instance.getURL(); // applies the default (the product's) when -data was not given
        if (url != null) {
            try {
                return Path.of(URIUtil.toURI(url)).toAbsolutePath().normalize();
            } catch (URISyntaxException | IllegalArgumentException e) {
                ILog.of(InstallationFolder.class).warn("Instance location " + url + " is not a folder; using " + defaultFolder(), e); //$NON-NLS-1$ //$NON-NLS-2$
                return defaultFolder();
            }
        }
        Path folder = defaultFolder();
        if (!instance.isReadOnly()) {
            try {
                // So that the workbench keeps its state in the installation folder as well.
                instance.set(folder.toUri().toURL(), false);
            } catch (IOException | IllegalStateException e) {
                ILog.of(InstallationFolder.class).warn("Could not set the instance location to " + folder, e); //$NON-NLS-1$
            }
        }
        return folder;
    }
}
