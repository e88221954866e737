package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.menu.LevelChange;
import org.castellan.menu.MenuException;
import org.castellan.menu.MenuLevels;
import org.castellan.menu.MenuOption;
import org.castellan.menu.OptionDetails;
import org.castellan.menu.OptionState;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan menu show|level|rights|option|export}: what the Main Menu Definition editor and Export
 * Menu Package do, through the menu service, which checks the administrator, every level and right,
 * and journals each change ({@link MenuLevels#TOPIC_CHANGED}). A change keeps what the editor would
 * keep: the option's other overrides (ask password, expert-mode details, level or rights).
 */
record MenuCommands(MenuLevels menu, AccessControl access, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    /** The keys of scripts; those the expert mode edits come last, where they were added. */
    private static final List<String> HEADER = List.of("id", "menu", "label", "level", "ask_password", "rights", "overridden", "order", "versions", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "scope"); //$NON-NLS-1$

    void run(Invocation invocation) throws MenuException, CommandLineException {
        switch (invocation.command()) {
            case MENU_SHOW -> show(invocation.format());
            case MENU_LEVEL -> level(option(invocation.argument(0)), invocation.levelArgument());
            case MENU_RIGHTS -> rights(option(invocation.argument(0)), invocation.menuRights());
            case MENU_OPTION -> details(option(invocation.argument(0)), OptionChange.of(invocation));
            case MENU_EXPORT -> export(Path.of(invocation.argument(0)).toAbsolutePath(), invocation.flag(Invocation.WITH_ROLES));
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a menu command"); //$NON-NLS-1$
        }
    }

    /** Every option as the editor lists it, to administrators who may open the editor (the service journals a level refusal). */
    private void show(OutputFormat format) throws MenuException, CommandLineException {
        if (!access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuShowRefused, actor.login()));
        }
        menu.require(actor, MenuLevels.DEFINITION_OPTION);
        TextTable.printRows(out, format, menu.definition().options(), HEADER,
                s -> Arrays.asList(s.option().id(), s.option().menu(), s.option().label(), s.level(), s.askPassword(), s.rights(), s.overridden(),
                        s.option().order(), s.option().versions(), OptionChange.typed(s.option().scope())),
                List.of(Messages.listOption, Messages.listLabel, Messages.listLevel, Messages.listAskPassword, Messages.listRights, Messages.listOverridden),
                s -> List.of(s.option().id(), s.option().label(), Integer.toString(s.level()), yesOrNo(s.askPassword()),
                        TextTable.orNone(String.join(",", s.rights())), yesOrNo(s.overridden()))); //$NON-NLS-1$
    }

    private void level(OptionState option, int level) throws MenuException {
        if (option.level() == level) {
            err.println(NLS.bind(Messages.menuLevelUnchanged, option.option().id(), level));
            return;
        }
        save(option, level, option.askPassword(), OptionDetails.of(option.option()), option.rights());
        err.println(NLS.bind(Messages.menuLevelChanged, new Object[] { option.option().id(), option.level(), level }));
    }

    private void rights(OptionState option, List<String> rights) throws MenuException {
        if (Set.copyOf(option.rights()).equals(Set.copyOf(rights))) {
            err.println(NLS.bind(Messages.menuRightsUnchanged, option.option().id(), shown(rights)));
            return;
        }
        save(option, option.level(), option.askPassword(), OptionDetails.of(option.option()), rights);
        err.println(NLS.bind(Messages.menuRightsChanged, new Object[] { option.option().id(), shown(rights), shown(option.rights()) }));
    }

    /** What the editor's expert mode and Ask password column change; the service checks each value and refuses essential options. */
    private void details(OptionState option, OptionChange change) throws MenuException {
        OptionDetails before = OptionDetails.of(option.option());
        OptionDetails details = change.applyTo(before);
        boolean askPassword = change.askPassword().orElse(option.askPassword());
        if (details.equals(before) && askPassword == option.askPassword()) {
            err.println(NLS.bind(Messages.menuOptionUnchanged, option.option().id()));
            return;
        }
        save(option, option.level(), askPassword, details, option.rights());
        err.println(NLS.bind(Messages.menuOptionChanged, new Object[] { option.option().id(), details.order(), details.label(),
                details.versions() == null ? OptionChange.ALL_VERSIONS : details.versions(), OptionChange.typed(details.scope()), yesOrNo(askPassword) }));
    }

    /** As the editor's Save: details and rights only when they differ from the declaration, against the revision read. */
    private void save(OptionState option, int level, boolean askPassword, OptionDetails details, List<String> rights) throws MenuException {
        long revision = menu.revision();
        MenuOption declared = menu.definition().declared(option.option().id()).orElseThrow();
        menu.save(actor, List.of(new LevelChange(option.option().id(), level, askPassword, details.equals(OptionDetails.of(declared)) ? null : details,
                Set.copyOf(rights).equals(Set.copyOf(declared.rights())) ? null : rights)), revision);
    }

    private static String yesOrNo(boolean value) {
        return value ? Messages.listYes : Messages.listNo;
    }

    /**
     * The central's package, with its roles and their rights when asked, written whole or not at
     * all (a file beside it, then moved over the target).
     */
    private void export(Path file, boolean withRoles) throws MenuException, CommandLineException {
        if (!Files.isDirectory(file.getParent()) || !Files.isWritable(file.getParent())) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuFolderUnwritable, file.getParent())); // before a version is spent
        }
        byte[] content = menu.exportPackage(actor, withRoles);
        try {
            Path written = Files.write(Files.createTempFile(file.getParent(), ".castellan-menu", ".tmp"), content); //$NON-NLS-1$ //$NON-NLS-2$
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuFileUnwritable, file, e.getMessage()), e);
        }
        err.println(NLS.bind(Messages.menuExported, menu.packageVersion(), file));
    }

    private OptionState option(String id) throws MenuException, CommandLineException {
        return menu.definition().option(id.strip())
                .orElseThrow(() -> new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuOptionUnknown, id)));
    }

    private static String shown(List<String> rights) {
        return rights.isEmpty() ? Messages.menuNoRight : String.join(", ", rights); //$NON-NLS-1$
    }
}
