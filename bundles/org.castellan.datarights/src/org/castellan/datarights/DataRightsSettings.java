package org.castellan.datarights;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.castellan.datarights.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/**
 * The workstation settings of object and data rights, in the installation's own configuration file
 * {@code installation.properties}:
 * <ul>
 * <li>{@value #EDITOR_ENABLED} ({@code true} or {@code false}, absent: {@code false}): whether the
 * workbench shows the data-rights editor, as Comarch BI Point's {@code EnableRestrictRolesManagement}
 * in its {@code Config.json}. Hidden by default; the rules apply whether it shows or not.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class DataRightsSettings {

    /** The key in {@code installation.properties}. */
    public static final String EDITOR_ENABLED = "datarights.editor.enabled"; //$NON-NLS-1$

    private static final String FILE = "installation.properties"; //$NON-NLS-1$

    private DataRightsSettings() {
    }

    /**
     * Whether the data-rights editor shows for the installation in the folder. An unreadable file
     * is logged and keeps the editor hidden.
     */
    public static boolean editorEnabled(Path installationFolder) {
        Path file = installationFolder.resolve(FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | IllegalArgumentException e) {
            ILog.of(DataRightsSettings.class).warn(NLS.bind(Messages.settingsUnreadable, file, e.getMessage()), e);
            return false;
        }
        return Boolean.parseBoolean(properties.getProperty(EDITOR_ENABLED, "false").strip()); //$NON-NLS-1$
    }
}
