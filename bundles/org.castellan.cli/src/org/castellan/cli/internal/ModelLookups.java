package org.castellan.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.castellan.model.Role;
import org.castellan.model.User;
import org.eclipse.osgi.util.NLS;

/**
 * The objects of the installation's model (read through the data-rights service) that a command
 * names: a user, a user or group given a level or a data right, a folder or report by its path, a
 * data model, a data right, a measure, a dimension. An unknown name is refused (exit 1) with the
 * names there are, or where to find them.
 */
final class ModelLookups {

    /** Names a user unambiguously where a group has the same name. */
    static final String USER_PREFIX = "user:"; //$NON-NLS-1$
    /** Names a group: as the Permissions tab shows it, a group is marked. */
    static final String GROUP_PREFIX = "group:"; //$NON-NLS-1$

    private ModelLookups() {
    }

    static User user(Installation model, String login) throws CommandLineException {
        return findUser(model, login.strip()).orElseThrow(() -> refused(NLS.bind(Messages.datarightsUserUnknown, login)));
    }

    /**
     * A user (by login) or a group (by name), who can be given a level or hold a data right:
     * {@code user:LOGIN} or {@code group:NAME} when both have the name. A role cannot: it is
     * refused with what to do instead.
     */
    static Principal principal(Installation model, String who) throws CommandLineException {
        String typed = who.strip();
        if (typed.toLowerCase(Locale.ROOT).startsWith(USER_PREFIX)) {
            return user(model, typed.substring(USER_PREFIX.length()));
        }
        if (typed.toLowerCase(Locale.ROOT).startsWith(GROUP_PREFIX)) {
            String name = typed.substring(GROUP_PREFIX.length()).strip();
            return findGroup(model, name).orElseThrow(() -> refused(NLS.bind(Messages.principalGroupUnknown, name)));
        }
        Optional<User> user = findUser(model, typed);
        Optional<Group> group = findGroup(model, typed);
        if (user.isPresent() && group.isPresent()) {
            throw refused(NLS.bind(Messages.principalAmbiguous, typed));
        }
        if (user.isPresent()) {
            return user.get();
        }
        if (group.isPresent()) {
            return group.get();
        }
        if (model.getRoles().stream().map(Role::getName).anyMatch(typed::equalsIgnoreCase)) {
            throw refused(NLS.bind(Messages.principalIsRole, typed));
        }
        throw refused(NLS.bind(Messages.principalUnknown, typed));
    }

    private static Optional<User> findUser(Installation model, String login) {
        return model.getUsers().stream().filter(u -> u.getLogin().equalsIgnoreCase(login.strip())).findFirst();
    }

    private static Optional<Group> findGroup(Installation model, String name) {
        return model.getGroups().stream().filter(g -> g.getName().strip().equalsIgnoreCase(name)).findFirst();
    }

    /** A user's login, or a group's name marked as a group, for people. */
    static String shown(Principal principal) {
        return principal instanceof User user ? user.getLogin() : NLS.bind(Messages.principalGroup, ((Group) principal).getName());
    }

    /** A user's login, or {@code group:NAME}: as the commands take it back. */
    static String typed(Principal principal) {
        return principal instanceof User user ? user.getLogin() : GROUP_PREFIX + ((Group) principal).getName();
    }

    /** The object at a path of names separated by {@code /}, from the top of the tree. */
    static RepositoryObject object(Installation model, String path, Command command) throws CommandLineException {
        List<? extends RepositoryObject> level = model.getObjects();
        RepositoryObject found = null;
        List<String> walked = new ArrayList<>();
        for (String name : path.split("/")) { //$NON-NLS-1$
            if (name.isBlank()) {
                continue;
            }
            String wanted = name.strip();
            found = level.stream().filter(o -> o.getName().equals(wanted)).findFirst().orElse(null);
            if (found == null) {
                List<String> names = level.stream().map(RepositoryObject::getName).sorted().toList();
                throw refused(NLS.bind(Messages.datarightsObjectUnknown, new Object[] { wanted,
                        walked.isEmpty() ? Messages.datarightsTop : String.join("/", walked), names(names) })); //$NON-NLS-1$
            }
            walked.add(wanted);
            level = found instanceof Folder folder ? folder.getChildren() : List.of();
        }
        if (found == null) {
            throw CommandLineException.usage(NLS.bind(Messages.argumentMissing, command.typed(), command.argumentDescription()));
        }
        return found;
    }

    /** The names from the top of the tree down to the object, separated by {@code /}. */
    static String path(RepositoryObject object) {
        List<String> names = new ArrayList<>();
        for (Object at = object; at instanceof RepositoryObject o; at = o.eContainer()) {
            names.add(0, o.getName());
        }
        return String.join("/", names); //$NON-NLS-1$
    }

    /** A data model by its name, in any letter case (the service keeps names unique so). */
    static DataModel dataModel(Installation model, String name) throws CommandLineException {
        return model.getDataModels().stream().filter(m -> m.getName().strip().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> refused(NLS.bind(Messages.datarightsModelUnknown, name,
                        names(model.getDataModels().stream().map(DataModel::getName).sorted().toList()))));
    }

    /** A data right by its id or its name, in any letter case. */
    static DataRight dataRight(Installation model, String idOrName) throws CommandLineException {
        String wanted = idOrName.strip();
        return model.getDataRights().stream().filter(r -> wanted.equals(r.getId())).findFirst()
                .or(() -> model.getDataRights().stream().filter(r -> r.getName().strip().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> refused(NLS.bind(Messages.dataRightUnknown, wanted,
                        names(model.getDataRights().stream().map(DataRight::getName).sorted().toList()))));
    }

    static Measure measure(DataModel model, String uniqueName) throws CommandLineException {
        return model.getMeasures().stream().filter(m -> m.getUniqueName().equals(uniqueName.strip())).findFirst()
                .orElseThrow(() -> refused(NLS.bind(Messages.measureUnknown, new Object[] { uniqueName, model.getName(),
                        names(model.getMeasures().stream().map(Measure::getUniqueName).toList()) })));
    }

    static Dimension dimension(DataModel model, String uniqueName) throws CommandLineException {
        return model.getDimensions().stream().filter(d -> d.getUniqueName().equals(uniqueName.strip())).findFirst()
                .orElseThrow(() -> refused(NLS.bind(Messages.dimensionUnknown, new Object[] { uniqueName, model.getName(),
                        names(model.getDimensions().stream().map(Dimension::getUniqueName).toList()) })));
    }

    /** Names for a message, or "none". */
    static String names(Collection<String> names) {
        return names.isEmpty() ? Messages.datarightsNone : String.join(", ", names); //$NON-NLS-1$
    }

    private static CommandLineException refused(String message) {
        return new CommandLineException(ExitCode.REFUSED, message);
    }
}
