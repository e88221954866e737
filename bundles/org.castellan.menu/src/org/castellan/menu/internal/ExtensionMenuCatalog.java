package org.castellan.menu.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.castellan.menu.MenuLevels;
import org.castellan.menu.MenuOption;
import org.castellan.menu.MenuOptionsCatalog;
import org.castellan.menu.Scope;
import org.castellan.security.ExtensionPointReading;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.VersionRange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the extension point {@code org.castellan.menu.options} on first use and again whenever a
 * bundle adds or removes declarations (a partner's bundle installed from an update site counts from
 * the moment it is resolved). A declaration that breaks the schema (a level outside 0-9, an unknown
 * scope, a bad version range) is left out and logged for its bundle to fix. When two bundles declare
 * one option id, the bundle whose name starts the id keeps it (else the first by bundle name).
 */
@Component(service = MenuOptionsCatalog.class)
public final class ExtensionMenuCatalog implements MenuOptionsCatalog {

    public static final String POINT = "org.castellan.menu.options"; //$NON-NLS-1$

    private final IExtensionRegistry registry;
    private final ExtensionPointReading<List<MenuOption>> options;
    private volatile List<String> problems = List.of();

    @Activate
    public ExtensionMenuCatalog(@Reference IExtensionRegistry registry) {
        this.registry = registry;
        options = new ExtensionPointReading<>(registry, POINT, this::read);
    }

    @Deactivate
    void deactivate() {
        options.close();
    }

    @Override
    public List<MenuOption> options() {
        return options.get();
    }

    @Override
    public long generation() {
        return options.generation();
    }

    /** What was left out at the last reading, one sentence each. */
    public List<String> problems() {
        options();
        return problems;
    }

    private List<MenuOption> read() {
        IConfigurationElement[] elements = registry.getConfigurationElementsFor(POINT);
        Map<String, String> menus = new HashMap<>();
        for (IConfigurationElement element : elements) {
            if ("menu".equals(element.getName()) && element.getAttribute("id") != null) { //$NON-NLS-1$ //$NON-NLS-2$
                menus.put(element.getAttribute("id"), element.getAttribute("label")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        List<IConfigurationElement> declared = new ArrayList<>(Arrays.asList(elements));
        declared.sort(Comparator.comparing(e -> e.getContributor().getName()));
        List<String> found = new ArrayList<>();
        Map<String, MenuOption> byId = new LinkedHashMap<>();
        for (IConfigurationElement element : declared) {
            if (!"option".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            try {
                MenuOption option = parse(element, menus);
                MenuOption earlier = byId.get(option.id());
                if (earlier == null || (!owns(earlier) && owns(option))) {
                    byId.put(option.id(), option);
                }
                if (earlier != null) {
                    found.add(NLS.bind(Messages.optionDuplicate, new Object[] { option.id(), earlier.contributor(), option.contributor(),
                            byId.get(option.id()).contributor() }));
                }
            } catch (IllegalArgumentException e) {
                found.add(NLS.bind(Messages.optionInvalid, element.getContributor().getName(), e.getMessage()));
            }
        }
        found.forEach(problem -> ILog.of(getClass()).warn(problem));
        problems = List.copyOf(found);
        return List.copyOf(byId.values());
    }

    private static boolean owns(MenuOption option) {
        return option.id().startsWith(option.contributor() + '.');
    }

    /** One option from its element. */
    static MenuOption parse(IConfigurationElement element, Map<String, String> menus) {
        String id = required(element, "id"); //$NON-NLS-1$
        String menu = required(element, "menu"); //$NON-NLS-1$
        String label = required(element, "label"); //$NON-NLS-1$
        int level = number(id, "level", element.getAttribute("level"), 0, MenuLevels.MAXIMUM_LEVEL); //$NON-NLS-1$ //$NON-NLS-2$
        int order = element.getAttribute("order") == null ? 0 : number(id, "order", element.getAttribute("order"), 0, Integer.MAX_VALUE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String versions = element.getAttribute("versions"); //$NON-NLS-1$
        if (versions != null) {
            new VersionRange(versions); // throws IllegalArgumentException with the reason
        }
        String scopeName = element.getAttribute("scope"); //$NON-NLS-1$
        Scope scope;
        try {
            scope = scopeName == null ? Scope.BOTH : Scope.valueOf(scopeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.optionScope, id, scopeName), e);
        }
        List<String> editions = new ArrayList<>();
        String editionList = element.getAttribute("editions"); //$NON-NLS-1$
        if (editionList != null) {
            for (String edition : editionList.split(",")) { //$NON-NLS-1$
                if (!edition.isBlank()) {
                    editions.add(edition.trim());
                }
            }
        }
        List<String> contributions = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren("contribution")) { //$NON-NLS-1$
            contributions.add(required(child, "id")); //$NON-NLS-1$
        }
        List<String> rights = new ArrayList<>();
        for (IConfigurationElement child : element.getChildren("requires")) { //$NON-NLS-1$
            String right = required(child, "right"); //$NON-NLS-1$
            if (!rights.contains(right)) {
                rights.add(right);
            }
        }
        boolean essential = Boolean.parseBoolean(element.getAttribute("essential")); //$NON-NLS-1$
        if (essential && !rights.isEmpty()) {
            throw new IllegalArgumentException(NLS.bind(Messages.optionEssentialRights, id));
        }
        return new MenuOption(id, menus.getOrDefault(menu, menu), order, label, level,
                Boolean.parseBoolean(element.getAttribute("askPassword")), versions, editions, scope, //$NON-NLS-1$
                essential, contributions, element.getContributor().getName(), rights);
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(NLS.bind(Messages.optionAttributeMissing, element.getName(), attribute));
        }
        return value.trim();
    }

    static int number(String id, String attribute, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim()); //$NON-NLS-1$
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(NLS.bind(Messages.optionNumber, new Object[] { id, attribute, text, min, max }));
    }
}
