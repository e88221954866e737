package org.castellan.cli.internal;

import java.util.Locale;
import java.util.Optional;

import org.castellan.menu.OptionDetails;
import org.castellan.menu.Scope;
import org.eclipse.osgi.util.NLS;

/**
 * What {@code menu option} was asked to change of an option: what the Main Menu Definition editor
 * edits in expert mode (order, description, versions, scope) and whether the supervisor's password
 * is asked; checked as typed, before the installation is opened. Ranges, labels and version ranges
 * are the menu service's to check.
 *
 * @param versions empty when not given; given as empty for every version ({@code all})
 */
record OptionChange(Optional<String> label, Optional<Integer> order, Optional<Optional<String>> versions, Optional<Scope> scope,
        Optional<Boolean> askPassword) {

    /** The value of {@code --versions} for every version. */
    static final String ALL_VERSIONS = "all"; //$NON-NLS-1$

    /** @throws CommandLineException with exit code {@link ExitCode#USAGE}, also when nothing is given */
    static OptionChange of(Invocation invocation) throws CommandLineException {
        OptionChange change = new OptionChange(invocation.value(Invocation.LABEL), invocation.wholeNumber(Invocation.ORDER),
                invocation.value(Invocation.VERSIONS).map(v -> v.strip().equalsIgnoreCase(ALL_VERSIONS) ? Optional.<String>empty() : Optional.of(v)),
                scope(invocation), invocation.yesOrNo(Invocation.ASK_PASSWORD));
        if (change.label.isEmpty() && change.order.isEmpty() && change.versions.isEmpty() && change.scope.isEmpty() && change.askPassword.isEmpty()) {
            throw CommandLineException.usage(Messages.menuOptionNothingGiven);
        }
        return change;
    }

    private static Optional<Scope> scope(Invocation invocation) throws CommandLineException {
        Optional<String> typed = invocation.value(Invocation.SCOPE);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Scope.valueOf(typed.get().strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw CommandLineException.usage(NLS.bind(Messages.menuScopeBad, typed.get()));
        }
    }

    /** The details with what was given changed. */
    OptionDetails applyTo(OptionDetails details) {
        String range = versions.isPresent() ? versions.get().orElse(null) : details.versions(); // all: null
        return new OptionDetails(order.orElse(details.order()), label.orElse(details.label()), range, scope.orElse(details.scope()));
    }

    /** How a scope is typed and shown: central, centres, both. */
    static String typed(Scope scope) {
        return scope.name().toLowerCase(Locale.ROOT);
    }
}
