package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.castellan.directory.GroupMapping;
import org.castellan.menu.LevelChange;
import org.castellan.menu.OptionDetails;
import org.castellan.model.Company;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Membership;
import org.castellan.model.Principal;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.User;

/** The configuration an installation holds, as a text would say it: what an export writes and an apply compares with. */
final class CurrentConfiguration {

    private CurrentConfiguration() {
    }

    /**
     * @param settings  the stored value of each setting a text may set
     * @param overrides the administrators' menu overrides by option id
     * @param mappings  the lines of the directory's group mapping
     */
    static Configuration of(Installation model, Map<String, String> settings, Map<String, LevelChange> overrides, List<GroupMapping> mappings) {
        Configuration configuration = new Configuration();
        for (Company company : model.getCompanies()) {
            configuration.add(entry(Section.COMPANIES, company.getCode()).put("name", company.getName()).put("archived", company.isArchived())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Role role : model.getRoles()) {
            configuration.add(entry(Section.ROLES, role.getName()).put("description", role.getDescription()).put("predefined", role.isPredefined()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("rights", role.getGrants().stream().map(RightGrant::getRight).map(r -> r.getRightId()).toList())); //$NON-NLS-1$
        }
        Map<Group, List<String>> members = new HashMap<>();
        for (User user : model.getUsers()) {
            for (Membership membership : user.getMemberships()) {
                members.computeIfAbsent(membership.getGroup(), g -> new ArrayList<>()).add(user.getLogin());
            }
        }
        for (Group group : model.getGroups()) {
            configuration.add(entry(Section.GROUPS, group.getName()).put("description", group.getDescription()).put("roles", roles(group)) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("members", members.getOrDefault(group, List.of()))); //$NON-NLS-1$
        }
        Map<String, List<String>> mapped = new java.util.TreeMap<>();
        mappings.forEach(m -> mapped.computeIfAbsent(m.directoryGroup(), dn -> new ArrayList<>()).add(m.castellanGroup()));
        mapped.forEach((dn, groups) -> configuration.add(entry(Section.DIRECTORY_GROUPS, dn).put(Section.GROUPS_FIELD, groups.stream().sorted().toList())));
        for (User user : model.getUsers()) {
            configuration.add(entry(Section.USERS, user.getLogin()).put("name", user.getDisplayName()).put("email", user.getEmail()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("level", user.getAuthorizationLevel()).put("enabled", user.isEnabled()).put("external", user.isExternal()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("domain", user.isDomain()).put("guest", user.isGuest()).put("session-policy", user.getSessionPolicy().getName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("works-in", codes(user.getCompanies())).put("administers", codes(user.getAdministeredCompanies())) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("roles", roles(user))); //$NON-NLS-1$
        }
        GrantEntries.addTo(configuration, model);
        for (LevelChange override : overrides.values()) {
            Entry entry = entry(Section.MENU, override.optionId()).put("level", override.level()).put("ask-password", override.askPassword()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("rights", override.rights()); //$NON-NLS-1$
            OptionDetails details = override.details();
            if (details != null) {
                entry.put("order", details.order()).put("label", details.label()).put("versions", details.versions()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("scope", MenuEntries.written(details.scope())); //$NON-NLS-1$
            }
            configuration.add(entry);
        }
        settings.forEach((key, value) -> configuration.add(entry(Section.SETTINGS, key).put(Section.VALUE, value)));
        return configuration;
    }

    private static Entry entry(Section section, String key) {
        return new Entry(section, key, Lines.NONE);
    }

    private static List<String> roles(Principal principal) {
        return principal.getRoleAssignments().stream().map(a -> a.getRole().getName()).toList();
    }

    private static List<String> codes(List<Company> companies) {
        return companies.stream().map(Company::getCode).toList();
    }
}
