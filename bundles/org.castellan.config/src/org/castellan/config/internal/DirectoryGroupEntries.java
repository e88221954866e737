package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.List;

import org.castellan.config.ConfigurationChange;
import org.castellan.directory.DirectoryService;
import org.castellan.directory.GroupMapping;
import org.castellan.security.AccountException;
import org.castellan.security.SecurityRules;

/**
 * The {@code directory-groups} section applied: each directory group's Castellan groups as the text
 * says, through the directory's service in the change's transaction (which checks and journals each
 * line added or removed).
 */
final class DirectoryGroupEntries {

    private DirectoryGroupEntries() {
    }

    static void apply(DirectoryService directory, SecurityRules.Change change, Plan plan, List<ConfigurationChange> changes) throws AccountException {
        List<GroupMapping> removed = new ArrayList<>();
        List<GroupMapping> added = new ArrayList<>();
        for (ConfigurationChange c : changes) {
            if (!c.section().equals(Section.DIRECTORY_GROUPS.key())) {
                continue;
            }
            for (ConfigurationChange.Field field : c.fields()) {
                field.before().stream().filter(g -> !field.after().contains(g)).forEach(g -> removed.add(new GroupMapping(c.key(), g)));
                field.after().stream().filter(g -> !field.before().contains(g)).forEach(g -> added.add(new GroupMapping(c.key(), g)));
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            directory.changeMappings(change, removed, added);
        }
    }
}
