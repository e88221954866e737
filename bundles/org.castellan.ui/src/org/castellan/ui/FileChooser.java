package org.castellan.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The file dialogs of exports and imports, opened where a user keeps his files: the folder he
 * chose last time (remembered for the installation), else his documents folder, else his home;
 * never the product's folder, which is where the process happens to run.
 *
 * @since 0.1
 */
public final class FileChooser {

    private static final String PREFERENCES = "org.castellan.ui"; //$NON-NLS-1$
    private static final String LAST_FOLDER = "lastFileFolder"; //$NON-NLS-1$
    private static final String DOCUMENTS = "Documents"; //$NON-NLS-1$

    private FileChooser() {
    }

    /** A file to write, proposed as {@code suggestedName}; asks before replacing one. Empty when cancelled. */
    public static Optional<Path> save(Shell shell, String suggestedName, String... extensions) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(suggestedName);
        return open(dialog, extensions);
    }

    /** A file to read. Empty when cancelled. */
    public static Optional<Path> open(Shell shell, String... extensions) {
        return open(new FileDialog(shell, SWT.OPEN), extensions);
    }

    private static Optional<Path> open(FileDialog dialog, String... extensions) {
        dialog.setFilterPath(startFolder().toString());
        if (extensions.length > 0) {
            dialog.setFilterExtensions(extensions);
        }
        Optional<Path> chosen = Optional.ofNullable(dialog.open()).map(Path::of);
        chosen.map(Path::getParent).ifPresent(FileChooser::remember);
        return chosen;
    }

    /** Where the dialog opens: the last folder chosen while it still exists, else the user's documents, else his home. */
    static Path startFolder() {
        Optional<Path> last = Optional.ofNullable(preferences().get(LAST_FOLDER, null)).map(Path::of).filter(Files::isDirectory);
        if (last.isPresent()) {
            return last.get();
        }
        Path home = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
        Path documents = home.resolve(DOCUMENTS);
        return Files.isDirectory(documents) ? documents : home;
    }

    private static void remember(Path folder) {
        Preferences preferences = preferences();
        preferences.put(LAST_FOLDER, folder.toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Only the next dialog's starting folder is lost: it opens in the documents folder then.
            ILog.of(FileChooser.class).warn("The folder last chosen could not be remembered", e); //$NON-NLS-1$
        }
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode(PREFERENCES);
    }
}
