package org.castellan.menu.ui.internal;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.castellan.menu.VisibleSet;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Hides contributions through the workbench's activities, which filter menus, views, perspectives,
 * wizards, preference pages and Quick Access by {@code pluginId/localId} patterns. This bundle's
 * plugin.xml defines two activities: {@value #HIDDEN} (never enabled) and {@value #SHOWN} (always
 * enabled); for each user this class adds their pattern bindings to the extension registry as a
 * non-persistent contribution, and removes the previous user's. An identifier is visible when it
 * matches no hidden pattern, or also a shown one.
 * <p>
 * Adding to the registry needs its user token, which only the registry's internal class hands out
 * (the same way the platform's own dynamic-plug-in tests contribute): if that ever changes, nothing is
 * hidden by activities, the menus still follow the levels (visibleWhen), the commands still refuse,
 * and the reason is logged.
 */
final class ActivityPatterns {

    static final String HIDDEN = "org.castellan.menu.ui.hidden"; //$NON-NLS-1$
    static final String SHOWN = "org.castellan.menu.ui.shown"; //$NON-NLS-1$
    private static final String EXTENSION = "levelPatterns"; //$NON-NLS-1$

    private final IExtensionRegistry registry;
    private final AtomicLong count = new AtomicLong();
    private String current;

    ActivityPatterns(IExtensionRegistry registry) {
        this.registry = registry;
    }

    /** The plugin.xml text of the pattern bindings for a visible set (what {@link #apply} adds). */
    static String document(String extensionId, VisibleSet set) {
        StringBuilder xml = new StringBuilder(256 + set.hiddenIds().size() * 64);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin><extension id=\"").append(extensionId) //$NON-NLS-1$
                .append("\" point=\"org.eclipse.ui.activities\">"); //$NON-NLS-1$
        bindings(xml, HIDDEN, set.hiddenPatterns());
        bindings(xml, SHOWN, set.shownPatterns());
        return xml.append("</extension></plugin>").toString(); //$NON-NLS-1$
    }

    private static void bindings(StringBuilder xml, String activity, List<String> patterns) {
        for (String pattern : patterns) {
            xml.append("<activityPatternBinding activityId=\"").append(activity).append("\" pattern=\"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(escape(pattern)).append("\"/>"); //$NON-NLS-1$
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    /** Replaces the patterns in force by those of the set; null removes them (nobody logged in). */
    synchronized void apply(VisibleSet set) {
        Object token = token();
        if (token == null) {
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        IContributor contributor = ContributorFactoryOSGi.createContributor(bundle);
        String previous = current;
        current = null;
        if (set != null) {
            String id = EXTENSION + count.incrementAndGet();
            String xml = document(id, set);
            if (registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), contributor, false, id, null, token)) {
                current = bundle.getSymbolicName() + '.' + id;
            } else {
                ILog.of(getClass()).error(Messages.patternsRefused);
            }
        }
        if (previous != null) {
            IExtension extension = registry.getExtension(previous);
            if (extension != null) {
                registry.removeExtension(extension, token);
            }
        }
    }

    private Object token() {
        try {
            Method method = registry.getClass().getMethod("getTemporaryUserToken"); //$NON-NLS-1$
            return method.invoke(registry);
        } catch (ReflectiveOperationException | RuntimeException e) {
            ILog.of(getClass()).error(Messages.patternsNoToken, e);
            return null;
        }
    }
}
