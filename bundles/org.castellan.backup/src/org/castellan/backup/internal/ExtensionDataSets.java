package org.castellan.backup.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.castellan.backup.DataSet;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

/**
 * The optional data sets of the extension point {@code org.castellan.backup.datasets}, read from
 * the registry each time they are asked for (a backup asks once), so a partner bundle installed
 * later counts from the next backup on.
 */
final class ExtensionDataSets {

    static final String POINT = "org.castellan.backup.datasets"; //$NON-NLS-1$

    private ExtensionDataSets() {
    }

    static List<DataSet> read(IExtensionRegistry registry) {
        if (registry == null) {
            return List.of();
        }
        Map<String, DataSet> byId = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            if (!"dataSet".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String label = element.getAttribute("label"); //$NON-NLS-1$
            String path = element.getAttribute("path"); //$NON-NLS-1$
            if (blank(id) || blank(label) || blank(path) || !relative(path)) {
                ILog.of(ExtensionDataSets.class).warn(NLS.bind(Messages.dataSetIncomplete, id, contributor));
                continue;
            }
            if (byId.putIfAbsent(id, new DataSet(id, label, element.getAttribute("description"), path, contributor)) != null) { //$NON-NLS-1$
                ILog.of(ExtensionDataSets.class).warn(NLS.bind(Messages.dataSetDuplicate, id, contributor));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A data set stays inside the installation folder: no absolute path, no "..". */
    static boolean relative(String path) {
        Path p = Path.of(path).normalize();
        return !p.isAbsolute() && !p.startsWith("..") && !p.toString().isEmpty(); //$NON-NLS-1$
    }
}
