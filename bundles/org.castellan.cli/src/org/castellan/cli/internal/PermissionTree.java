package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.ObjectPermission;
import org.castellan.model.RepositoryObject;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan permission tree}: every folder and report, in tree order, with the levels given
 * on it to users and groups (what the Permissions tab shows for each object). Text indents the
 * tree; tsv and JSON give each object's path, so that a script finds it without walking.
 */
final class PermissionTree {

    private static final List<String> KEYS = List.of("path", "kind", "grants"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String INDENT = "  "; //$NON-NLS-1$

    private record Node(RepositoryObject object, int depth) {
        String kind() {
            return object instanceof Folder ? "folder" : "report"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private PermissionTree() {
    }

    static void print(Installation model, OutputFormat format, PrintStream out) {
        List<Node> nodes = new ArrayList<>();
        model.getObjects().forEach(o -> add(o, 0, nodes));
        Function<Node, List<Object>> values = format == OutputFormat.JSON
                ? n -> Arrays.asList(ModelLookups.path(n.object()), n.kind(), n.object().getPermissions().stream().map(PermissionTree::json).toList())
                : n -> Arrays.asList(ModelLookups.path(n.object()), n.kind(),
                        n.object().getPermissions().stream().map(p -> ModelLookups.typed(p.getPrincipal()) + '=' + p.getLevel().getLiteral()).toList());
        TextTable.printRows(out, format, nodes, KEYS, values, List.of(Messages.listObject, Messages.listPermissions),
                n -> List.of(INDENT.repeat(n.depth()) + n.object().getName() + (n.object() instanceof Folder ? "/" : ""), //$NON-NLS-1$
                        TextTable.orNone(grants(n.object()))));
    }

    private static void add(RepositoryObject object, int depth, List<Node> nodes) {
        nodes.add(new Node(object, depth));
        if (object instanceof Folder folder) {
            folder.getChildren().forEach(child -> add(child, depth + 1, nodes));
        }
    }

    /** The levels given on an object, for people: {@code anna: Edit, Sales (group): Preview}; empty when none. */
    static String grants(RepositoryObject object) {
        return String.join(", ", object.getPermissions().stream() //$NON-NLS-1$
                .map(p -> NLS.bind(Messages.permissionLine, ModelLookups.shown(p.getPrincipal()), p.getLevel().getLiteral())).toList());
    }

    private static Object json(ObjectPermission permission) {
        boolean group = permission.getPrincipal() instanceof Group;
        return JsonOutput.object("principal", group ? ((Group) permission.getPrincipal()).getName() : ModelLookups.typed(permission.getPrincipal()), //$NON-NLS-1$
                "group", group, "level", permission.getLevel().getLiteral()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
