package org.castellan.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The command line does everything the workbench does: each administration command the workbench
 * contributes ({@code org.eclipse.ui.commands}), each view of the UI bundles (whose buttons are
 * not commands: Block Openings, Initialise Medium...) and each editor where administrators change
 * things ({@code org.eclipse.ui.editors}, opened from views rather than by a command), with the
 * {@code castellan} commands that do the same, or why there are none. A test reads the
 * contributions from the bundles' {@code plugin.xml} and fails for a command or editor missing
 * here, or listed here but contributed no more, so that the next one gets its counterpart or a
 * reason.
 */
public final class Counterparts {

    /** The castellan commands that do what a workbench command does, or, when there are none, why. */
    private record Counterpart(List<Command> commands, String reason) {

        static Counterpart of(Command... commands) {
            return new Counterpart(List.of(commands), null);
        }

        static Counterpart none(String reason) {
            return new Counterpart(List.of(), reason);
        }

        String describe() {
            return commands.isEmpty() ? reason : commands.stream().map(c -> "castellan " + c.typed()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static final String SECURITY = "org.castellan.security.ui."; //$NON-NLS-1$
    private static final String MENU = "org.castellan.menu.ui.commands."; //$NON-NLS-1$

    private static final Map<String, Counterpart> TABLE = Map.ofEntries(
            Map.entry(SECURITY + "newUser", Counterpart.of(Command.USER_ADD)), //$NON-NLS-1$
            Map.entry(SECURITY + "importFromDirectory", Counterpart.of(Command.DIRECTORY_SEARCH, Command.DIRECTORY_IMPORT)), //$NON-NLS-1$
            Map.entry(SECURITY + "testDirectory", Counterpart.of(Command.DIRECTORY_TEST)), //$NON-NLS-1$
            Map.entry(SECURITY + "directoryMappings", Counterpart.of(Command.DIRECTORY_MAPPINGS, Command.DIRECTORY_MAP, Command.DIRECTORY_UNMAP)), //$NON-NLS-1$
            Map.entry(SECURITY + "setPassword", Counterpart.of(Command.USER_PASSWD)), //$NON-NLS-1$
            Map.entry(SECURITY + "unlock", Counterpart.of(Command.USER_UNLOCK)), //$NON-NLS-1$
            // Open shows a user, group or role in its editor; the editors' content and changes:
            Map.entry(SECURITY + "open", Counterpart.of(Command.USER_SHOW, Command.USER_UPDATE, Command.USER_COMPANIES, Command.GROUP_LIST, Command.ROLE_SHOW)), //$NON-NLS-1$
            Map.entry(SECURITY + "newGroup", Counterpart.of(Command.GROUP_CREATE)), //$NON-NLS-1$
            Map.entry(SECURITY + "deleteGroup", Counterpart.of(Command.GROUP_DELETE)), //$NON-NLS-1$
            Map.entry(SECURITY + "newRole", Counterpart.of(Command.ROLE_CREATE)), //$NON-NLS-1$
            Map.entry(SECURITY + "copyRole", Counterpart.of(Command.ROLE_COPY)), //$NON-NLS-1$
            Map.entry(SECURITY + "deleteRole", Counterpart.of(Command.ROLE_DELETE)), //$NON-NLS-1$
            // the installation's policy (security.password.policy), and a group's own
            Map.entry(SECURITY + "passwordPolicy", Counterpart.of(Command.SETTINGS_SET, Command.GROUP_POLICY)), //$NON-NLS-1$
            Map.entry(SECURITY + "newCompany", Counterpart.of(Command.COMPANY_ADD)), //$NON-NLS-1$
            Map.entry(SECURITY + "renameCompany", Counterpart.of(Command.COMPANY_RENAME)), //$NON-NLS-1$
            Map.entry(SECURITY + "archiveCompany", Counterpart.of(Command.COMPANY_ARCHIVE)), //$NON-NLS-1$
            Map.entry(SECURITY + "reactivateCompany", Counterpart.of(Command.COMPANY_REACTIVATE)), //$NON-NLS-1$
            // Installation Settings, guest access among them (the setting security.guest.access)
            Map.entry(SECURITY + "settings", Counterpart.of(Command.SETTINGS_LIST, Command.SETTINGS_GET, Command.SETTINGS_SET, Command.SETTINGS_RESET, //$NON-NLS-1$
                    Command.GUEST_ENABLE, Command.GUEST_DISABLE)),
            // the editor's levels, rights, expert mode (order, label, versions, scope) and ask password; its default level is the setting menu.default.level
            Map.entry(MENU + "definition", Counterpart.of(Command.MENU_SHOW, Command.MENU_LEVEL, Command.MENU_RIGHTS, Command.MENU_OPTION, Command.SETTINGS_SET)), //$NON-NLS-1$
            Map.entry(MENU + "exportPackage", Counterpart.of(Command.MENU_EXPORT)), //$NON-NLS-1$
            Map.entry(MENU + "importPackage", Counterpart.of(Command.MENU_IMPORT)), //$NON-NLS-1$
            Map.entry("org.castellan.backup.ui.backUp", Counterpart.of(Command.BACKUP_RUN))); //$NON-NLS-1$

    /** The editors, by id, with what the command line does of what they show and change. */
    private static final Map<String, Counterpart> EDITORS = Map.of(
            SECURITY + "editors.user", Counterpart.of(Command.USER_SHOW, Command.USER_UPDATE, Command.USER_LEVEL, Command.USER_DISABLE, //$NON-NLS-1$
                    Command.USER_ENABLE, Command.USER_ROLES, Command.USER_GROUPS),
            SECURITY + "editors.role", Counterpart.of(Command.ROLE_SHOW, Command.ROLE_GRANT, Command.ROLE_REVOKE, Command.ROLE_ASSIGN, //$NON-NLS-1$
                    Command.ROLE_UNASSIGN),
            // and group remove, group unassign, which the usage gives on the lines of group add and group assign
            SECURITY + "editors.group", Counterpart.of(Command.GROUP_LIST, Command.GROUP_ADD, Command.GROUP_ASSIGN), //$NON-NLS-1$
            SECURITY + "editors.settings", Counterpart.of(Command.SETTINGS_LIST, Command.SETTINGS_GET, Command.SETTINGS_SET, Command.SETTINGS_RESET), //$NON-NLS-1$
            SECURITY + "editors.directoryMappings", Counterpart.of(Command.DIRECTORY_MAPPINGS, Command.DIRECTORY_MAP, Command.DIRECTORY_UNMAP), //$NON-NLS-1$
            "org.castellan.menu.ui.definitionEditor", Counterpart.of(Command.MENU_SHOW, Command.MENU_LEVEL, Command.MENU_RIGHTS, Command.MENU_OPTION, //$NON-NLS-1$
                    Command.SETTINGS_SET),
            // Object Permissions (its Permissions and Effective permissions tabs), and one data right on the models hosts registered
            "org.castellan.datarights.ui.editor", Counterpart.of(Command.PERMISSION_TREE, Command.PERMISSION_GRANT, Command.PERMISSION_REVOKE, //$NON-NLS-1$
                    Command.PERMISSION_EFFECTIVE, Command.DATARIGHTS_LIST, Command.DATARIGHTS_SHOW, Command.DATARIGHTS_CREATE, Command.DATARIGHTS_UPDATE,
                    Command.DATARIGHTS_DELETE, Command.MODEL_LIST, Command.MODEL_SHOW));
    /**
     * The views of the UI bundles: what each shows and what its own buttons do. Their commands
     * (Back Up..., New User...) are in {@link #TABLE}.
     */
    private static final Map<String, Counterpart> VIEWS = Map.ofEntries(
            Map.entry("org.castellan.app.views.installation", Counterpart.none( //$NON-NLS-1$
                    "which installation this workbench has open and who is logged in: a command names its installation with -data and its user with --as")), //$NON-NLS-1$
            // the guest's line shows whether guest access is on
            Map.entry("org.castellan.security.ui.views.users", Counterpart.of(Command.USER_LIST, Command.GUEST_SHOW)), //$NON-NLS-1$
            Map.entry("org.castellan.security.ui.views.groups", Counterpart.of(Command.GROUP_LIST)), //$NON-NLS-1$
            Map.entry("org.castellan.security.ui.views.roles", Counterpart.of(Command.ROLE_LIST)), //$NON-NLS-1$
            Map.entry("org.castellan.security.ui.views.companies", Counterpart.of(Command.COMPANY_LIST)), //$NON-NLS-1$
            // Block Openings, Lift Ban; Sessions on This Company is session list --company; Request Log-Out is
            // session logout --company (and session logout <id> asks one session)
            Map.entry("org.castellan.sessions.ui.views.active", //$NON-NLS-1$
                    Counterpart.of(Command.SESSION_LIST, Command.SESSION_LOGOUT, Command.BAN_LIST, Command.BAN_SET, Command.BAN_LIFT)),
            // the medium and the last good backup, Initialise Medium, Restore; the options are settings (backup.*)
            Map.entry("org.castellan.backup.ui.view", //$NON-NLS-1$
                    Counterpart.of(Command.MEDIA_SHOW, Command.MEDIA_INIT, Command.BACKUP_LIST, Command.BACKUP_RESTORE, Command.SETTINGS_SET)),
            Map.entry("org.castellan.audit.ui.views.reports", Counterpart.of(Command.AUDIT_REPORT)), //$NON-NLS-1$
            // the home's summaries: backups, sessions and bans, logins, the journal's check, seats and users
            Map.entry("org.castellan.home.ui.view", Counterpart.of(Command.BACKUP_LIST, Command.SESSION_LIST, Command.BAN_LIST, //$NON-NLS-1$
                    Command.AUDIT_REPORT, Command.AUDIT_VERIFY, Command.USER_LIST)),
            // what a user may see; granting object levels and data rights is the editor's (see EDITORS)
            Map.entry("org.castellan.datarights.ui.view", Counterpart.of(Command.DATARIGHTS_EFFECTIVE, Command.DATARIGHTS_FILTER))); //$NON-NLS-1$

    /** Categories of workbench commands that are not administration, with why they need no counterpart. */
    private static final Map<String, String> NOT_ADMINISTRATION = Map.of(
            "org.castellan.app.commands", "the logged-in user's own session: changing his own password, logging out", //$NON-NLS-1$ //$NON-NLS-2$
            "org.castellan.update.ui.commands", "installing and updating the software with p2: the p2 director application on the command line", //$NON-NLS-1$ //$NON-NLS-2$
            "org.castellan.home.ui.commands", "showing the home, a summary of what the other commands list"); //$NON-NLS-1$ //$NON-NLS-2$

    private Counterparts() {
    }

    /** Each administration command id with its castellan commands ("castellan user add"), or why there is none. */
    public static Map<String, String> table() {
        return described(TABLE);
    }

    /** Each administration editor's id with its castellan commands ("castellan permission grant"), or why there are none. */
    public static Map<String, String> editors() {
        return described(EDITORS);
    }

    /** Each view of the UI bundles with its castellan commands, or why there are none. */
    public static Map<String, String> views() {
        return described(VIEWS);
    }

    private static Map<String, String> described(Map<String, Counterpart> counterparts) {
        return counterparts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().describe(), (a, b) -> a, TreeMap::new));
    }

    /** The command categories that are not administration, each with why. */
    public static Map<String, String> notAdministration() {
        return new TreeMap<>(NOT_ADMINISTRATION);
    }
}
