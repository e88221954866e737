package org.castellan.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.castellan.audit.AuditReports;
import org.castellan.audit.ReportKind;
import org.castellan.security.AccountService;
import org.castellan.store.NewInstallation;
import org.eclipse.osgi.util.NLS;

/**
 * A command line, checked: the command, its arguments and options, and who acts. Every mistake is
 * a usage error found before the installation is opened or a password is asked.
 */
record Invocation(Command command, List<String> arguments, Map<String, String> values, Map<String, List<String>> repeated, Set<String> flags,
        Optional<String> actor) {

    static final String AS = "--as"; //$NON-NLS-1$
    static final String PASSWORD_STDIN = "--password-stdin"; //$NON-NLS-1$
    static final String NAME = "--name"; //$NON-NLS-1$
    static final String EMAIL = "--email"; //$NON-NLS-1$
    static final String EXTERNAL = "--external"; //$NON-NLS-1$
    static final String DOMAIN = "--domain"; //$NON-NLS-1$
    static final String LEVEL = "--level"; //$NON-NLS-1$
    static final String FORMAT = "--format"; //$NON-NLS-1$
    static final String MEDIUM = "--medium"; //$NON-NLS-1$
    static final String INTO = "--into"; //$NON-NLS-1$
    static final String OVER = "--over"; //$NON-NLS-1$
    static final String SQL = "--sql"; //$NON-NLS-1$
    static final String FROM = "--from"; //$NON-NLS-1$
    static final String TO = "--to"; //$NON-NLS-1$
    static final String USER = "--user"; //$NON-NLS-1$
    static final String BUNDLE = "--bundle"; //$NON-NLS-1$
    static final String OUT = "--out"; //$NON-NLS-1$
    static final String HEAD = "--head"; //$NON-NLS-1$
    static final String FAILURES_ONLY = "--failures-only"; //$NON-NLS-1$
    static final String RIGHTS = "--rights"; //$NON-NLS-1$
    static final String DESCRIPTION = "--description"; //$NON-NLS-1$
    static final String ADMIN = "--admin"; //$NON-NLS-1$
    static final String ADMIN_NAME = "--admin-name"; //$NON-NLS-1$
    static final String SERVER = "--server"; //$NON-NLS-1$
    static final String ENCRYPT = "--encrypt"; //$NON-NLS-1$
    static final String PORT = "--port"; //$NON-NLS-1$
    static final String CODE = "--code"; //$NON-NLS-1$
    static final String FINGERPRINT = "--fingerprint"; //$NON-NLS-1$
    static final String BIND = "--bind"; //$NON-NLS-1$
    static final String KEYSTORE = "--keystore"; //$NON-NLS-1$
    static final String NONE = "--none"; //$NON-NLS-1$
    static final String WITH_ROLES = "--with-roles"; //$NON-NLS-1$
    static final String WORKS_IN = "--works-in"; //$NON-NLS-1$
    static final String ADMINISTERS = "--administers"; //$NON-NLS-1$
    /** The value of {@link #WORKS_IN} and {@link #ADMINISTERS} that means every company. */
    static final String ALL_COMPANIES = "all"; //$NON-NLS-1$
    static final String HOLDER = "--holder"; //$NON-NLS-1$
    static final String REMOVE_HOLDER = "--remove-holder"; //$NON-NLS-1$
    static final String MODEL = "--model"; //$NON-NLS-1$
    static final String ADD = "--add"; //$NON-NLS-1$
    static final String REMOVE_MODEL = "--remove-model"; //$NON-NLS-1$
    static final String MEASURE = "--measure"; //$NON-NLS-1$
    static final String DENY_MEASURE = "--deny-measure"; //$NON-NLS-1$
    static final String DIMENSION = "--dimension"; //$NON-NLS-1$
    static final String DENY_DIMENSION = "--deny-dimension"; //$NON-NLS-1$
    static final String MEMBER = "--member"; //$NON-NLS-1$
    static final String BELOW = "--below"; //$NON-NLS-1$
    static final String TYPED = "--typed"; //$NON-NLS-1$
    /** What {@code datarights create} sets: the holders, and what the data right gives of one model. */
    static final Set<String> GRANT_OPTIONS = Set.of(HOLDER, MODEL, MEASURE, DENY_MEASURE, DIMENSION, DENY_DIMENSION, MEMBER, BELOW);
    /** What {@code datarights update} changes besides: the name, holders taken away. */
    static final Set<String> UPDATE_OPTIONS = Set.of(HOLDER, REMOVE_HOLDER, NAME, MODEL, MEASURE, DENY_MEASURE, DIMENSION, DENY_DIMENSION, MEMBER,
            BELOW);
    /** The options a command may take several times, each time with one value (names may hold commas). */
    static final Set<String> REPEATABLE = Set.of(HOLDER, REMOVE_HOLDER, MEASURE, DENY_MEASURE, DIMENSION, DENY_DIMENSION, MEMBER, BELOW);
    static final String MIN_LENGTH = "--min-length"; //$NON-NLS-1$
    static final String DIGIT = "--digit"; //$NON-NLS-1$
    static final String LOWER_CASE = "--lower-case"; //$NON-NLS-1$
    static final String UPPER_CASE = "--upper-case"; //$NON-NLS-1$
    static final String SPECIAL = "--special"; //$NON-NLS-1$
    static final String EXPIRY_DAYS = "--expiry-days"; //$NON-NLS-1$
    static final String WARNING_DAYS = "--warning-days"; //$NON-NLS-1$
    static final String PRESET = "--preset"; //$NON-NLS-1$
    static final String LABEL = "--label"; //$NON-NLS-1$
    static final String ORDER = "--order"; //$NON-NLS-1$
    static final String VERSIONS = "--versions"; //$NON-NLS-1$
    static final String SCOPE = "--scope"; //$NON-NLS-1$
    static final String ASK_PASSWORD = "--ask-password"; //$NON-NLS-1$
    static final String COMPANY = "--company"; //$NON-NLS-1$
    static final String UNTIL = "--until"; //$NON-NLS-1$
    static final String MESSAGE = "--message"; //$NON-NLS-1$
    static final String DRY_RUN = "--dry-run"; //$NON-NLS-1$
    static final String CONFIRM = "--confirm"; //$NON-NLS-1$
    /** {@code help --completion bash}: hidden, the shipped completion script is its output. */
    static final String COMPLETION = "--completion"; //$NON-NLS-1$
    private static final String BASH = "bash"; //$NON-NLS-1$

    /** The environment variable naming who acts when {@code --as} is not given. */
    static final String USER_VARIABLE = "CASTELLAN_USER"; //$NON-NLS-1$

    /** Options that would carry a password: refused with an explanation, never read. */
    private static final Pattern PASSWORD_OPTION = Pattern.compile("--?(new-?)?(p|pw|pass|passwd|password|passphrase|secret)(=.*)?", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    /** A negative number given to {@code user level} is a level out of range, said as such, not an unknown option. */
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+"); //$NON-NLS-1$
    private static final Set<String> HELP_WORDS = Set.of("help", "--help", "-help", "-h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** What a required option's value is, as the usage names it; the others take a text. */
    private static final Map<String, String> PLACEHOLDERS = Map.of(MEDIUM, "DIR", COMPANY, "CODE"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * @param environment for {@value #USER_VARIABLE}
     * @throws CommandLineException with exit code {@link ExitCode#USAGE}
     */
    static Invocation parse(String[] args, Map<String, String> environment) throws CommandLineException {
        refusePasswords(args);
        if (args.length == 0) {
            throw CommandLineException.usage(Messages.commandMissing);
        }
        if (HELP_WORDS.contains(args[0])) {
            return help(args);
        }
        String verb = args.length > 1 ? args[1] : null;
        Command command = Command.of(args[0], verb).orElseThrow(() -> unknownCommand(args[0], verb));
        try {
            return parse(command, args, environment);
        } catch (CommandLineException e) {
            throw e.inGroup(command.group());
        }
    }

    /** A verb its group lacks is answered with that group's help; an unknown group with the whole usage. */
    private static CommandLineException unknownCommand(String group, String verb) {
        String message = NLS.bind(Messages.commandUnknown, verb == null ? group : group + ' ' + verb);
        return Command.groups().contains(group) ? CommandLineException.usage(message, group) : CommandLineException.usage(message);
    }

    private static Invocation parse(Command command, String[] args, Map<String, String> environment) throws CommandLineException {
        List<String> arguments = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = command.firstOption(); i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.length() == 1 || (takesLevel(command) && NEGATIVE_NUMBER.matcher(arg).matches())) { //$NON-NLS-1$
                if (arguments.size() == command.arguments()) {
                    throw CommandLineException.usage(NLS.bind(Messages.argumentUnexpected, arg));
                }
                arguments.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String option = equals < 0 ? arg : arg.substring(0, equals);
            if (command.takesValue(option)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw CommandLineException.usage(NLS.bind(Messages.optionNeedsValue, option));
                }
                if (REPEATABLE.contains(option)) {
                    repeated.computeIfAbsent(option, key -> new ArrayList<>()).add(value);
                } else if (values.put(option, value) != null) {
                    throw CommandLineException.usage(NLS.bind(Messages.optionTwice, option));
                }
            } else if (equals < 0 && command.takesFlag(option)) {
                if (!flags.add(option)) {
                    throw CommandLineException.usage(NLS.bind(Messages.optionTwice, option));
                }
            } else {
                throw CommandLineException.usage(NLS.bind(Messages.optionUnknown, arg, command.typed()));
            }
        }
        if (arguments.size() < command.minimumArguments()) {
            throw CommandLineException.usage(NLS.bind(Messages.argumentMissing, command.typed(), command.argumentDescription()));
        }
        for (String option : command.requiredOptions()) {
            if (!values.containsKey(option)) {
                String placeholder = PLACEHOLDERS.get(option);
                throw CommandLineException.usage(placeholder == null ? NLS.bind(Messages.optionRequired, option, command.typed())
                        : NLS.bind(Messages.optionRequiredValue, option + ' ' + placeholder, command.typed()));
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        repeated.forEach((option, given) -> lists.put(option, List.copyOf(given)));
        Invocation invocation = new Invocation(command, List.copyOf(arguments), Map.copyOf(values), Map.copyOf(lists), Set.copyOf(flags),
                actor(values, environment));
        invocation.check();
        return invocation;
    }

    /**
     * {@code help}, {@code help GROUP}, or the hidden {@code help --completion bash} that prints the
     * shell completion script shipped with the product.
     */
    private static Invocation help(String[] args) throws CommandLineException {
        if (args.length > 1 && args[1].equals(COMPLETION)) {
            if (args.length != 3 || !args[2].equals(BASH)) {
                throw CommandLineException.usage(NLS.bind(Messages.completionShell, args.length > 2 ? args[2] : "")); //$NON-NLS-1$
            }
            return new Invocation(Command.HELP, List.of(), Map.of(COMPLETION, BASH), Map.of(), Set.of(), Optional.empty());
        }
        if (args.length > 2) {
            throw CommandLineException.usage(NLS.bind(Messages.argumentUnexpected, args[2]));
        }
        if (args.length == 2 && !Command.groups().contains(args[1])) {
            throw CommandLineException.usage(NLS.bind(Messages.helpGroupUnknown, args[1], String.join(", ", Command.groups()))); //$NON-NLS-1$
        }
        return new Invocation(Command.HELP, List.of(args).subList(1, args.length), Map.of(), Map.of(), Set.of(), Optional.empty());
    }

    private static void refusePasswords(String[] args) throws CommandLineException {
        for (String arg : args) {
            if (PASSWORD_OPTION.matcher(arg).matches()) {
                throw CommandLineException.usage(Messages.passwordArgument);
            }
        }
    }

    private static Optional<String> actor(Map<String, String> values, Map<String, String> environment) {
        String actor = values.get(AS);
        if (actor == null) {
            actor = environment.get(USER_VARIABLE);
        }
        return actor == null || actor.isBlank() ? Optional.empty() : Optional.of(actor);
    }

    private void check() throws CommandLineException {
        if (command.acts() && actor.isEmpty()) {
            throw CommandLineException.usage(Messages.actorMissing);
        }
        level();
        rights();
        if (command == Command.USER_UPDATE && !values.containsKey(NAME) && !values.containsKey(EMAIL)) {
            throw CommandLineException.usage(Messages.updateNothingGiven);
        }
        if (command == Command.USER_LEVEL || command == Command.MENU_LEVEL) {
            levelArgument();
        }
        if (command == Command.MENU_RIGHTS) {
            menuRights();
        }
        if (command == Command.SESSION_LOGOUT && arguments.isEmpty() != values.containsKey(COMPANY)) {
            throw CommandLineException.usage(Messages.sessionLogoutArguments);
        }
        companies(WORKS_IN);
        companies(ADMINISTERS);
        if (command == Command.PERMISSION_GRANT) {
            PermissionLevels.of(argument(2));
        }
        if (command == Command.DATARIGHTS_CREATE || command == Command.DATARIGHTS_UPDATE) {
            DataRightChanges.of(this);
        }
        if (command == Command.GROUP_POLICY) {
            PolicyChange.of(this);
        }
        if (command == Command.MENU_OPTION) {
            OptionChange.of(this);
        }
        if (command == Command.INIT) {
            server();
        }
        if (command == Command.ENROL) {
            enrolServer();
        }
        if (command == Command.BAN_SET) {
            dateTime(FROM);
            dateTime(UNTIL);
        }
        if (command == Command.AUDIT_REPORT) {
            reportKind();
            reportFormat();
            day(FROM);
            day(TO);
            out();
        } else {
            format();
        }
    }

    /** The report named by {@code audit report}'s argument. */
    ReportKind reportKind() throws CommandLineException {
        return ReportKind.ofCommandName(argument(0)).orElseThrow(() -> CommandLineException.usage(NLS.bind(Messages.reportKindUnknown, argument(0),
                String.join(", ", Arrays.stream(ReportKind.values()).map(ReportKind::commandName).toList())))); //$NON-NLS-1$
    }

    /** {@code --format csv|pdf} of {@code audit report}; csv when absent. */
    AuditReports.Format reportFormat() throws CommandLineException {
        String format = values.getOrDefault(FORMAT, "csv"); //$NON-NLS-1$
        return switch (format) {
        case "csv" -> AuditReports.Format.CSV; //$NON-NLS-1$
        case "pdf" -> AuditReports.Format.PDF; //$NON-NLS-1$
        default -> throw CommandLineException.usage(NLS.bind(Messages.reportFormatUnknown, format));
        };
    }

    /** A day option ({@code --from}, {@code --to}) as YYYY-MM-DD, or null when absent. */
    LocalDate day(String option) throws CommandLineException {
        String day = values.get(option);
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw CommandLineException.usage(NLS.bind(Messages.dayUnreadable, option, day));
        }
    }

    /**
     * A date-time option of {@code ban set} ({@code --from}, {@code --until}) as ISO
     * {@code YYYY-MM-DDTHH:MM[:SS]} on this computer's clock (a space for the {@code T} is
     * accepted); empty when absent.
     */
    Optional<LocalDateTime> dateTime(String option) throws CommandLineException {
        String typed = values.get(option);
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(typed.strip().replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            throw CommandLineException.usage(NLS.bind(Messages.dateTimeUnreadable, option, typed));
        }
    }

    /** {@code --out FILE}, which {@code audit report} needs. */
    Path out() throws CommandLineException {
        String out = values.get(OUT);
        if (out == null || out.isBlank()) {
            throw CommandLineException.usage(Messages.reportOutMissing);
        }
        return Path.of(out);
    }

    String argument(int index) {
        return arguments.get(index);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** The values of an option given as many times as needed ({@link #REPEATABLE}), in the order typed; none when absent. */
    List<String> values(String option) {
        return repeated.getOrDefault(option, List.of());
    }

    boolean flag(String option) {
        return flags.contains(option);
    }

    String actorLogin() {
        return actor.orElseThrow();
    }

    boolean passwordsFromStdin() {
        return flag(PASSWORD_STDIN);
    }

    /** A yes or no option ({@code --digit yes}), letter case ignored; empty when absent. */
    Optional<Boolean> yesOrNo(String option) throws CommandLineException {
        String typed = values.get(option);
        if (typed == null) {
            return Optional.empty();
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> Optional.of(true); //$NON-NLS-1$
            case "no" -> Optional.of(false); //$NON-NLS-1$
            default -> throw CommandLineException.usage(NLS.bind(Messages.yesOrNoBad, option, typed));
        };
    }

    /** A whole number option ({@code --order 12}); empty when absent. Its range is the service's to check. */
    Optional<Integer> wholeNumber(String option) throws CommandLineException {
        String typed = values.get(option);
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            throw CommandLineException.usage(NLS.bind(Messages.wholeNumberBad, option, typed));
        }
    }

    /** {@code --level}, 0 when absent; its range is the service's to check. */
    int level() throws CommandLineException {
        String level = values.get(LEVEL);
        if (level == null) {
            return 0;
        }
        try {
            return Integer.parseInt(level.strip());
        } catch (NumberFormatException e) {
            throw CommandLineException.usage(NLS.bind(Messages.levelNotANumber, level));
        }
    }

    /** The level {@code user level} and {@code menu level} set: their second argument, a number from 0 to 9. */
    int levelArgument() throws CommandLineException {
        String typed = argument(1);
        try {
            int level = Integer.parseInt(typed.strip());
            if (level >= 0 && level <= AccountService.MAXIMUM_LEVEL) {
                return level;
            }
        } catch (NumberFormatException e) {
            // said below, as a number out of range is
        }
        throw CommandLineException.usage(NLS.bind(command == Command.MENU_LEVEL ? Messages.menuLevelArgumentBad : Messages.levelArgumentBad, typed));
    }

    /**
     * {@code --rights a,b} of {@code role create}: right ids separated by commas, in the order
     * given, none when absent; whether the installation knows them is the service's to check.
     */
    List<String> rights() throws CommandLineException {
        String rights = values.get(RIGHTS);
        return rights == null ? List.of() : rightIds(rights);
    }

    /** {@code menu rights OPTION RIGHT-ID,...}, or none with {@code --none}: one or the other. */
    List<String> menuRights() throws CommandLineException {
        if (flag(NONE) == (arguments.size() == 2)) {
            throw CommandLineException.usage(Messages.menuRightsArguments);
        }
        return flag(NONE) ? List.of() : rightIds(argument(1));
    }

    /**
     * {@code --works-in} or {@code --administers} of {@code user companies}: company codes separated
     * by commas, none for {@value #ALL_COMPANIES} (every company); empty when the option is absent.
     * Whether the installation has them is the service's to check.
     */
    Optional<Set<String>> companies(String option) throws CommandLineException {
        String typed = values.get(option);
        if (typed == null) {
            return Optional.empty();
        }
        if (typed.strip().equalsIgnoreCase(ALL_COMPANIES)) {
            return Optional.of(Set.of());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : typed.split(",", -1)) { //$NON-NLS-1$
            String stripped = code.strip();
            if (stripped.isEmpty()) {
                throw CommandLineException.usage(NLS.bind(Messages.companyListBad, option, typed));
            }
            codes.add(stripped);
        }
        return Optional.of(codes);
    }

    /** Right ids separated by commas, in the order given, each once. */
    private static List<String> rightIds(String rights) throws CommandLineException {
        List<String> ids = new ArrayList<>();
        for (String id : rights.split(",", -1)) { //$NON-NLS-1$
            String stripped = id.strip();
            if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isWhitespace)) {
                throw CommandLineException.usage(NLS.bind(Messages.rightsListBad, rights));
            }
            if (!ids.contains(stripped)) {
                ids.add(stripped);
            }
        }
        return List.copyOf(ids);
    }

    /**
     * {@code --server [HOST:]PORT}: where the server of an installation shared from its creation
     * listens ({@code localhost} when no host is given).
     */
    Optional<NewInstallation.Listen> server() throws CommandLineException {
        Optional<String> typed = value(SERVER);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String text = typed.get().strip();
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? "localhost" : text.substring(0, colon); //$NON-NLS-1$
        try {
            return Optional.of(new NewInstallation.Listen(host, Integer.parseInt(text.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            throw CommandLineException.usage(NLS.bind(Messages.serverAddressBad, text));
        }
    }

    /** {@code --server HOST[:PORT]} of {@code enrol}: the Castellan server's address, its port 8443 unless given. */
    NewInstallation.Listen enrolServer() throws CommandLineException {
        return serverAddress(value(SERVER).orElse("")); //$NON-NLS-1$
    }

    /** A Castellan server's address as typed after --server: HOST, HOST:PORT or [IPv6]:PORT, the default port unless given. */
    static NewInstallation.Listen serverAddress(String typed) throws CommandLineException {
        String text = typed.strip();
        int colon = text.lastIndexOf(':');
        boolean bracketed = text.startsWith("[") && text.contains("]"); //$NON-NLS-1$ //$NON-NLS-2$
        if (bracketed && colon < text.indexOf(']')) {
            colon = -1;
        }
        String host = (colon < 0 ? text : text.substring(0, colon)).replace("[", "").replace("]", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try {
            int port = colon < 0 ? org.castellan.server.ServerOptions.DEFAULT_PORT : Integer.parseInt(text.substring(colon + 1));
            if (host.isBlank() || port < 1 || port > 65535) {
                throw new IllegalArgumentException(text);
            }
            return new NewInstallation.Listen(host, port);
        } catch (IllegalArgumentException e) {
            throw CommandLineException.usage(NLS.bind(Messages.enrolServerBad, text));
        }
    }

    /**
     * {@code --format} of a command that prints data: text when absent, refused with the formats
     * the command accepts when it is not one of them.
     */
    OutputFormat format() throws CommandLineException {
        String format = values.get(FORMAT);
        return format == null ? OutputFormat.TEXT : OutputFormat.of(format, command.formats());
    }

    /**
     * Whether the command's arguments take a level. A method, not a constant: Command's constants
     * name Invocation's options, so a constant here naming Command's would be null whenever Command
     * is initialised first (a program that reads Command before parsing anything).
     */
    private static boolean takesLevel(Command command) {
        return command == Command.USER_LEVEL || command == Command.MENU_LEVEL || command == Command.PERMISSION_GRANT;
    }
}
