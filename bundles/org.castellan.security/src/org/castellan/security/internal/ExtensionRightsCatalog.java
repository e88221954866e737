package org.castellan.security.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.security.ExtensionPointReading;
import org.castellan.security.RightContribution;
import org.castellan.security.RightsCatalog;
import org.castellan.security.RoleContribution;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the extension point {@code org.castellan.security.rights} on first use and again after
 * any bundle adds or removes contributions, so a partner bundle installed from an update site
 * counts from the moment it is resolved.
 */
@Component(service = RightsCatalog.class)
public final class ExtensionRightsCatalog implements RightsCatalog {

    static final String POINT = "org.castellan.security.rights"; //$NON-NLS-1$

    private final IExtensionRegistry registry;
    private final ExtensionPointReading<Contributions> contributions;

    private record Contributions(List<RightContribution> rights, List<RoleContribution> roles) {
    }

    @Activate
    public ExtensionRightsCatalog(@Reference IExtensionRegistry registry) {
        this.registry = registry;
        contributions = new ExtensionPointReading<>(registry, POINT, this::read);
    }

    @Deactivate
    void deactivate() {
        contributions.close();
    }

    @Override
    public List<RightContribution> rights() {
        return contributions.get().rights();
    }

    @Override
    public List<RoleContribution> roles() {
        return contributions.get().roles();
    }

    private Contributions read() {
        Map<String, String> categories = new HashMap<>();
        List<IConfigurationElement> elements = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
            if ("category".equals(element.getName()) && present(element, "id", "label")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                categories.put(element.getAttribute("id"), element.getAttribute("label")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            elements.add(element);
        }
        Map<String, RightContribution> rights = new LinkedHashMap<>();
        Map<String, RoleContribution> roles = new LinkedHashMap<>();
        for (IConfigurationElement element : elements) {
            String contributor = element.getContributor().getName();
            switch (element.getName()) {
            case "right" -> { //$NON-NLS-1$
                if (present(element, "id", "label")) { //$NON-NLS-1$ //$NON-NLS-2$
                    String category = element.getAttribute("category"); //$NON-NLS-1$
                    keepFirst(rights, new RightContribution(element.getAttribute("id"), element.getAttribute("label"), //$NON-NLS-1$ //$NON-NLS-2$
                            categories.getOrDefault(category, category), element.getAttribute("description"), contributor, //$NON-NLS-1$
                            Boolean.parseBoolean(element.getAttribute("administrative"))), contributor); //$NON-NLS-1$
                }
            }
            case "role" -> { //$NON-NLS-1$
                if (present(element, "id", "name")) { //$NON-NLS-1$ //$NON-NLS-2$
                    keepFirst(roles, new RoleContribution(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
                            element.getAttribute("description"), Boolean.parseBoolean(element.getAttribute("allRights")), //$NON-NLS-1$ //$NON-NLS-2$
                            rightsOf(element, "grant"), rightsOf(element, "except"), contributor), contributor); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            default -> {
                // categories were read above
            }
            }
        }
        return new Contributions(List.copyOf(rights.values()), List.copyOf(roles.values()));
    }

    /** Two bundles declaring one id: the first stays, and the conflict is logged for the partner to fix. */
    private <T> void keepFirst(Map<String, T> byId, T contribution, String contributor) {
        String id = contribution instanceof RightContribution r ? r.id() : ((RoleContribution) contribution).id();
        if (byId.putIfAbsent(id, contribution) != null) {
            ILog.of(getClass()).warn(NLS.bind(Messages.contributionDuplicate, id, contributor));
        }
    }

    private boolean present(IConfigurationElement element, String... attributes) {
        for (String attribute : attributes) {
            String value = element.getAttribute(attribute);
            if (value == null || value.isBlank()) {
                ILog.of(getClass()).warn(NLS.bind(Messages.contributionIncomplete,
                        new Object[] { element.getName(), attribute, element.getContributor().getName() }));
                return false;
            }
        }
        return true;
    }

    private static Set<String> rightsOf(IConfigurationElement role, String child) {
        Set<String> ids = new LinkedHashSet<>();
        for (IConfigurationElement element : role.getChildren(child)) {
            String right = element.getAttribute("right"); //$NON-NLS-1$
            if (right != null && !right.isBlank()) {
                ids.add(right);
            }
        }
        return ids;
    }
}
