package org.castellan.config.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.castellan.model.DataModel;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;

/**
 * How the permissions and data-rights sections name what hosts register and what the other
 * sections define: a folder or report by its path of names from the top of the tree, a user by
 * his login and a group as {@code group:NAME} (as {@code castellan permission grant} takes them),
 * a data model by its name, and a measure, dimension or member of a model as the model's name and
 * the unique names, separated by {@value #SEPARATOR}.
 */
final class GrantNames {

    static final String GROUP_PREFIX = "group:"; //$NON-NLS-1$
    static final String SEPARATOR = " | "; //$NON-NLS-1$
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));

    /** The fields of a permissions entry, one a level, by the level's value (0 No access to 3 Edit). */
    static final List<String> LEVELS = List.of("no-access", "preview", "limited", "edit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static final String HOLDERS = "holders"; //$NON-NLS-1$
    static final String MODELS = "models"; //$NON-NLS-1$
    static final String MEASURES = "measures"; //$NON-NLS-1$
    static final String REFUSED_MEASURES = "refused-measures"; //$NON-NLS-1$
    static final String DIMENSIONS = "dimensions"; //$NON-NLS-1$
    static final String REFUSED_DIMENSIONS = "refused-dimensions"; //$NON-NLS-1$
    static final String MEMBERS = "members"; //$NON-NLS-1$
    static final String MEMBERS_BELOW = "members-below"; //$NON-NLS-1$

    private GrantNames() {
    }

    /** A user's login, or {@code group:NAME}. */
    static String principal(Principal principal) {
        return principal instanceof User user ? user.getLogin() : GROUP_PREFIX + ((Group) principal).getName();
    }

    /** The user or group written so, exactly. */
    static Optional<? extends Principal> principal(Installation model, String written) {
        if (written.startsWith(GROUP_PREFIX)) {
            String name = written.substring(GROUP_PREFIX.length());
            return model.getGroups().stream().filter(g -> g.getName().equals(name)).findFirst();
        }
        return model.getUsers().stream().filter(u -> u.getLogin().equals(written)).findFirst();
    }

    static PermissionLevel level(String field) {
        return PermissionLevel.get(LEVELS.indexOf(field));
    }

    /** The names from the top of the tree down to the object, separated by {@code /}. */
    static String path(RepositoryObject object) {
        List<String> names = new ArrayList<>();
        for (Object at = object; at instanceof RepositoryObject o; at = o.eContainer()) {
            names.add(0, o.getName());
        }
        return String.join("/", names); //$NON-NLS-1$
    }

    /** The folder or report at a path, its names exactly. */
    static Optional<RepositoryObject> object(Installation model, String path) {
        List<? extends RepositoryObject> level = model.getObjects();
        RepositoryObject found = null;
        for (String name : path.split("/")) { //$NON-NLS-1$
            found = level.stream().filter(o -> o.getName().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = found instanceof Folder folder ? folder.getChildren() : List.of();
        }
        return Optional.ofNullable(found);
    }

    static Optional<DataModel> dataModel(Installation model, String name) {
        return model.getDataModels().stream().filter(m -> m.getName().equals(name)).findFirst();
    }

    /** An item naming something of a data model: the model's name, then unique names. */
    static String item(String... parts) {
        return String.join(SEPARATOR, parts);
    }

    /** The parts of an item, when it has {@code count} of them, none empty. */
    static Optional<List<String>> parts(String item, int count) {
        String[] parts = SPLIT.split(item, count);
        if (parts.length != count) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(parts));
    }
}
