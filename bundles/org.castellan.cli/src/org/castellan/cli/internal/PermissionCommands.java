package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.castellan.model.CastellanFactory;
import org.castellan.model.Installation;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.RepositoryObject;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan permission tree|grant|revoke}: the Permissions tab of the Object Permissions
 * editor. The tree is read and each change saved through the data-rights service, as the editor
 * does: it refuses anyone who does not administer data rights or security, refuses a change
 * someone saved in between, and journals the levels before and after. A change that would change
 * nothing is said and not sent.
 */
record PermissionCommands(DataRightsService service, PrintStream out, PrintStream err) {

    void run(Invocation invocation) throws CommandLineException {
        switch (invocation.command()) {
            case PERMISSION_TREE -> PermissionTree.print(service.read(), invocation.format(), out);
            case PERMISSION_GRANT -> grant(invocation.argument(0), invocation.argument(1), PermissionLevels.of(invocation.argument(2)));
            case PERMISSION_REVOKE -> revoke(invocation.argument(0), invocation.argument(1));
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a permission command"); //$NON-NLS-1$
        }
    }

    /** Gives a user or group a level on a folder or report, or changes the level given. */
    private void grant(String path, String who, PermissionLevel level) throws CommandLineException {
        Installation model = service.read();
        RepositoryObject object = ModelLookups.object(model, path, Command.PERMISSION_GRANT);
        Principal principal = ModelLookups.principal(model, who);
        Optional<ObjectPermission> given = given(object, principal);
        Object[] names = { ModelLookups.shown(principal), level.getLiteral(), ModelLookups.path(object) };
        if (given.isPresent() && given.get().getLevel() == level) {
            err.println(NLS.bind(Messages.permissionAlready, names));
            return;
        }
        if (given.isPresent()) {
            String before = given.get().getLevel().getLiteral();
            given.get().setLevel(level);
            save(object);
            err.println(NLS.bind(Messages.permissionChanged, new Object[] { names[0], names[1], names[2], before }));
            return;
        }
        ObjectPermission permission = CastellanFactory.eINSTANCE.createObjectPermission();
        permission.setPrincipal(principal);
        permission.setLevel(level);
        object.getPermissions().add(permission);
        save(object);
        err.println(NLS.bind(Messages.permissionGranted, names));
    }

    /** Takes the level given to a user or group on a folder or report away: the folders above decide for them again. */
    private void revoke(String path, String who) throws CommandLineException {
        Installation model = service.read();
        RepositoryObject object = ModelLookups.object(model, path, Command.PERMISSION_REVOKE);
        Principal principal = ModelLookups.principal(model, who);
        Optional<ObjectPermission> given = given(object, principal);
        if (given.isEmpty()) {
            String there = PermissionTree.grants(object);
            err.println(NLS.bind(Messages.permissionNotGiven, new Object[] { ModelLookups.shown(principal), ModelLookups.path(object),
                    there.isEmpty() ? Messages.datarightsNone : there }));
            return;
        }
        object.getPermissions().remove(given.get());
        save(object);
        err.println(NLS.bind(Messages.permissionRevoked, new Object[] { ModelLookups.shown(principal), given.get().getLevel().getLiteral(),
                ModelLookups.path(object) }));
    }

    private static Optional<ObjectPermission> given(RepositoryObject object, Principal principal) {
        return object.getPermissions().stream().filter(p -> p.getPrincipal() == principal).findFirst();
    }

    private void save(RepositoryObject object) throws CommandLineException {
        service.change((administration, actor) -> administration.savePermissions(actor, List.of(object)));
    }
}
