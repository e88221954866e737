package org.castellan.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The commands, with the arguments and options each takes (besides {@code --as} and {@code --password-stdin}). */
enum Command {

    INIT("init", null, 0, Set.of(Invocation.NAME, Invocation.ADMIN, Invocation.ADMIN_NAME, Invocation.SERVER), Set.of(Invocation.ENCRYPT)), //$NON-NLS-1$
    USER_ADD("user", "add", 1, Set.of(Invocation.NAME, Invocation.EMAIL, Invocation.LEVEL), Set.of(Invocation.EXTERNAL, Invocation.DOMAIN)), //$NON-NLS-1$ //$NON-NLS-2$
    USER_PASSWD("user", "passwd", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_DISABLE("user", "disable", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_ENABLE("user", "enable", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_LIST("user", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_SHOW("user", "show", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_UPDATE("user", "update", 1, Set.of(Invocation.NAME, Invocation.EMAIL), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_LEVEL("user", "level", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_UNLOCK("user", "unlock", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_ROLES("user", "roles", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_GROUPS("user", "groups", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    USER_COMPANIES("user", "companies", 1, Set.of(Invocation.WORKS_IN, Invocation.ADMINISTERS, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GUEST_SHOW("guest", "show", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GUEST_ENABLE("guest", "enable", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GUEST_DISABLE("guest", "disable", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_LIST("role", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_SHOW("role", "show", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_CREATE("role", "create", 1, Set.of(Invocation.RIGHTS, Invocation.DESCRIPTION), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_GRANT("role", "grant", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_REVOKE("role", "revoke", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_ASSIGN("role", "assign", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_UNASSIGN("role", "unassign", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_COPY("role", "copy", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    ROLE_DELETE("role", "delete", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_LIST("group", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_CREATE("group", "create", 1, Set.of(Invocation.DESCRIPTION), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_DELETE("group", "delete", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_ADD("group", "add", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_REMOVE("group", "remove", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_ASSIGN("group", "assign", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_UNASSIGN("group", "unassign", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    GROUP_POLICY("group", "policy", 1, Set.of(Invocation.FORMAT, Invocation.MIN_LENGTH, Invocation.DIGIT, Invocation.LOWER_CASE, Invocation.UPPER_CASE, //$NON-NLS-1$ //$NON-NLS-2$
            Invocation.SPECIAL, Invocation.EXPIRY_DAYS, Invocation.WARNING_DAYS, Invocation.PRESET), Set.of(Invocation.NONE)),
    COMPANY_LIST("company", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    COMPANY_ADD("company", "add", 1, Set.of(Invocation.NAME), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    COMPANY_RENAME("company", "rename", 1, Set.of(Invocation.NAME), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    COMPANY_ARCHIVE("company", "archive", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    COMPANY_REACTIVATE("company", "reactivate", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SESSION_LIST("session", "list", 0, Set.of(Invocation.COMPANY, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SESSION_LOGOUT("session", "logout", 1, Set.of(Invocation.COMPANY, Invocation.MESSAGE), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    BAN_LIST("ban", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    BAN_SET("ban", "set", 0, Set.of(Invocation.COMPANY, Invocation.FROM, Invocation.UNTIL, Invocation.MESSAGE), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    BAN_LIFT("ban", "lift", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SETTINGS_LIST("settings", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SETTINGS_GET("settings", "get", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SETTINGS_SET("settings", "set", Command.MANY, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SETTINGS_RESET("settings", "reset", Command.MANY, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_TEST("directory", "test", 0, Set.of(Invocation.USER, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_PASSWORD("directory", "password", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_MAPPINGS("directory", "mappings", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_MAP("directory", "map", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_UNMAP("directory", "unmap", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_SYNC("directory", "sync", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_SEARCH("directory", "search", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DIRECTORY_IMPORT("directory", "import", Command.MANY, Set.of(Invocation.LEVEL), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    AUDIT_VERIFY("audit", "verify", 0, Set.of(Invocation.HEAD), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    AUDIT_REPORT("audit", "report", 1, Set.of(Invocation.FROM, Invocation.TO, Invocation.USER, Invocation.BUNDLE, Invocation.FORMAT, Invocation.OUT), //$NON-NLS-1$ //$NON-NLS-2$
            Set.of(Invocation.FAILURES_ONLY)),
    AUDIT_PURGE("audit", "purge", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    AUDIT_RESEAL("audit", "reseal", 0, Set.of(), Set.of(Invocation.CONFIRM)), //$NON-NLS-1$ //$NON-NLS-2$
    BACKUP_RUN("backup", "run", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    BACKUP_LIST("backup", "list", 0, Set.of(Invocation.MEDIUM, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    BACKUP_VERIFY("backup", "verify", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    BACKUP_RESTORE("backup", "restore", 1, Set.of(Invocation.INTO), Set.of(Invocation.OVER)), //$NON-NLS-1$ //$NON-NLS-2$
    MEDIA_SHOW("media", "show", 0, Set.of(Invocation.MEDIUM, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MEDIA_INIT("media", "init", 0, Set.of(Invocation.MEDIUM), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MENU_SHOW("menu", "show", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MENU_LEVEL("menu", "level", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MENU_RIGHTS("menu", "rights", 2, Set.of(), Set.of(Invocation.NONE)), //$NON-NLS-1$ //$NON-NLS-2$
    MENU_OPTION("menu", "option", 1, Set.of(Invocation.LABEL, Invocation.ORDER, Invocation.VERSIONS, Invocation.SCOPE, Invocation.ASK_PASSWORD), //$NON-NLS-1$ //$NON-NLS-2$
            Set.of()),
    MENU_EXPORT("menu", "export", 1, Set.of(), Set.of(Invocation.WITH_ROLES)), //$NON-NLS-1$ //$NON-NLS-2$
    MENU_IMPORT("menu", "import", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DATARIGHTS_EFFECTIVE("datarights", "effective", 2, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DATARIGHTS_FILTER("datarights", "filter", 2, Set.of(Invocation.SQL, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DATARIGHTS_LIST("datarights", "list", 0, Set.of(Invocation.MODEL, Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DATARIGHTS_SHOW("datarights", "show", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    DATARIGHTS_CREATE("datarights", "create", 1, Invocation.GRANT_OPTIONS, Set.of(Invocation.TYPED)), //$NON-NLS-1$ //$NON-NLS-2$
    DATARIGHTS_UPDATE("datarights", "update", 1, Invocation.UPDATE_OPTIONS, //$NON-NLS-1$ //$NON-NLS-2$
            Set.of(Invocation.TYPED, Invocation.REMOVE_MODEL)),
    DATARIGHTS_DELETE("datarights", "delete", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    PERMISSION_TREE("permission", "tree", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    PERMISSION_GRANT("permission", "grant", 3, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    PERMISSION_REVOKE("permission", "revoke", 2, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    PERMISSION_EFFECTIVE("permission", "effective", 2, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MODEL_LIST("model", "list", 0, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MODEL_SHOW("model", "show", 1, Set.of(Invocation.FORMAT), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MODEL_DELETE("model", "delete", 1, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    MODEL_LOAD("model", "load", 3, Set.of(), Set.of(Invocation.ADD)), //$NON-NLS-1$ //$NON-NLS-2$
    CONFIG_EXPORT("config", "export", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    CONFIG_APPLY("config", "apply", 1, Set.of(Invocation.FORMAT), Set.of(Invocation.DRY_RUN)), //$NON-NLS-1$ //$NON-NLS-2$
    SERVER_ENROL("server", "enrol", 0, Set.of(), Set.of()), //$NON-NLS-1$ //$NON-NLS-2$
    SERVER("server", null, 0, Set.of(Invocation.PORT, Invocation.BIND, Invocation.KEYSTORE), Set.of()), //$NON-NLS-1$
    ENROL("enrol", null, 0, Set.of(Invocation.SERVER, Invocation.CODE, Invocation.FINGERPRINT), Set.of()), //$NON-NLS-1$
    HELP("help", null, 0, Set.of(), Set.of()); //$NON-NLS-1$

    /** The arguments of a command that takes one or more. */
    static final int MANY = Integer.MAX_VALUE;

    private final String group;
    private final String verb;
    private final int arguments;
    private final Set<String> valueOptions;
    private final Set<String> flagOptions;

    Command(String group, String verb, int arguments, Set<String> valueOptions, Set<String> flagOptions) {
        this.group = group;
        this.verb = verb;
        this.arguments = arguments;
        this.valueOptions = valueOptions;
        this.flagOptions = flagOptions;
    }

    /** The command typed as {@code group verb}; help is parsed apart. */
    static Optional<Command> of(String group, String verb) {
        return Arrays.stream(values()).filter(c -> c != HELP && c.group.equals(group) && (c.verb == null || c.verb.equals(verb))).findFirst();
    }

    /** The group of commands it belongs to, the first word typed: {@code user}. */
    String group() {
        return group;
    }

    /** Its verb, the second word typed; none for {@code init} and {@code help}. */
    Optional<String> verb() {
        return Optional.ofNullable(verb);
    }

    /** The groups, in the order of the usage. */
    static List<String> groups() {
        return Arrays.stream(values()).map(Command::group).distinct().toList();
    }

    /** Every option it takes, sorted: its own, {@code --as} when someone acts and {@code --password-stdin}. */
    SortedSet<String> options() {
        SortedSet<String> options = new TreeSet<>(valueOptions);
        options.addAll(flagOptions);
        Stream.of(Invocation.AS, Invocation.PASSWORD_STDIN).filter(o -> takesValue(o) || takesFlag(o)).forEach(options::add);
        return options;
    }

    /** How it is typed, for messages: {@code user add}. */
    String typed() {
        return verb == null ? group : group + ' ' + verb;
    }

    /** The most arguments it takes ({@link #MANY} for no limit). */
    int arguments() {
        return arguments;
    }

    /**
     * The fewest arguments it takes ({@code menu rights} takes its rights or {@code --none}, {@code
     * session logout} a session's id or {@code --company}).
     */
    int minimumArguments() {
        if (this == SESSION_LOGOUT) {
            return 0;
        }
        return arguments == MANY || this == MENU_RIGHTS ? 1 : arguments;
    }

    /** What its arguments are, for the message when they are missing. */
    String argumentDescription() {
        return switch (this) {
            case MENU_IMPORT, MENU_EXPORT -> Messages.argumentFile;
            case CONFIG_APPLY -> Messages.argumentConfigurationFile;
            case MENU_LEVEL -> Messages.argumentOptionLevel;
            case MENU_RIGHTS -> Messages.argumentOptionRights;
            case MENU_OPTION -> Messages.argumentOption;
            case SESSION_LOGOUT -> Messages.argumentSessionId;
            case AUDIT_REPORT -> Messages.argumentReportKind;
            case DATARIGHTS_EFFECTIVE, PERMISSION_EFFECTIVE -> Messages.argumentObject;
            case DATARIGHTS_FILTER -> Messages.argumentModel;
            case DATARIGHTS_SHOW, DATARIGHTS_UPDATE, DATARIGHTS_DELETE -> Messages.argumentDataRight;
            case DATARIGHTS_CREATE -> Messages.argumentDataRightName;
            case PERMISSION_GRANT -> Messages.argumentPathWhoLevel;
            case PERMISSION_REVOKE -> Messages.argumentPathWho;
            case MODEL_SHOW, MODEL_DELETE -> Messages.argumentDataModel;
            case MODEL_LOAD -> Messages.argumentModelDimensionFile;
            case ROLE_CREATE, ROLE_SHOW, ROLE_DELETE -> Messages.argumentRoleName;
            case ROLE_COPY -> Messages.argumentRoleCopy;
            case USER_LEVEL -> Messages.argumentLoginLevel;
            case ROLE_ASSIGN, ROLE_UNASSIGN -> Messages.argumentRoleLogin;
            case COMPANY_ADD, COMPANY_RENAME, COMPANY_ARCHIVE, COMPANY_REACTIVATE -> Messages.argumentCompany;
            case GROUP_CREATE, GROUP_DELETE, GROUP_POLICY -> Messages.argumentGroup;
            case GROUP_ADD, GROUP_REMOVE -> Messages.argumentGroupLogin;
            case GROUP_ASSIGN, GROUP_UNASSIGN -> Messages.argumentGroupRole;
            case DIRECTORY_MAP, DIRECTORY_UNMAP -> Messages.argumentDirectoryGroupGroup;
            case DIRECTORY_SEARCH -> Messages.argumentSearchText;
            case SETTINGS_GET, SETTINGS_RESET -> Messages.argumentSettingKey;
            case SETTINGS_SET -> Messages.argumentSettingValue;
            case BAN_LIFT -> Messages.argumentBanId;
            default -> arguments == 2 ? Messages.argumentRole : Messages.argumentLogin;
        };
    }

    /** The options it cannot do without. */
    Set<String> requiredOptions() {
        return switch (this) {
            case COMPANY_ADD, COMPANY_RENAME -> Set.of(Invocation.NAME);
            case BAN_SET -> Set.of(Invocation.COMPANY);
            case MEDIA_INIT -> Set.of(Invocation.MEDIUM);
            case INIT -> Set.of(Invocation.NAME, Invocation.ADMIN);
            case ENROL -> Set.of(Invocation.SERVER, Invocation.CODE);
            default -> Set.of();
        };
    }

    /**
     * The formats of {@code --format}: every one for commands whose records fit tab-separated
     * lines, text and JSON for those that explain ({@code datarights}), print one value ({@code
     * settings get}) or already print tab-separated lines ({@code backup list}) or list changes
     * ({@code config apply}); none for {@code
     * audit report}, whose {@code --format} is the file's ({@link Invocation#reportFormat()}).
     */
    List<OutputFormat> formats() {
        return switch (this) {
            case AUDIT_REPORT -> List.of();
            case SETTINGS_GET, BACKUP_LIST, DATARIGHTS_EFFECTIVE, DATARIGHTS_FILTER, DATARIGHTS_SHOW, PERMISSION_EFFECTIVE, CONFIG_APPLY -> List.of(OutputFormat.TEXT,
                    OutputFormat.JSON);
            default -> OutputFormat.all();
        };
    }

    boolean takesValue(String option) {
        return valueOptions.contains(option) || (acts() && Invocation.AS.equals(option));
    }

    boolean takesFlag(String option) {
        return flagOptions.contains(option) || (acts() && Invocation.PASSWORD_STDIN.equals(option)) || (this == INIT && Invocation.PASSWORD_STDIN.equals(option));
    }

    /**
     * Whether someone must log in to run it: not before there is an installation to log in to, nor
     * to serve one (whoever may open its folder may serve it; users log in to the server), nor to
     * enrol a workstation (the one-time code is the credential).
     */
    boolean acts() {
        return this != HELP && this != INIT && this != SERVER && this != ENROL;
    }

    /**
     * Whether an enrolled workstation runs it on the server: every verb but those local by nature
     * (creating an installation, serving one, enrolling, help) and {@code server enrol}, which asks
     * the server itself for a code.
     */
    boolean runsOnServer() {
        return acts() && this != SERVER_ENROL;
    }

    /** Where its options start: after the group, and the verb when it has one. */
    int firstOption() {
        return verb == null ? 1 : 2;
    }
}
