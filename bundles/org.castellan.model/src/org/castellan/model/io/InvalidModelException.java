package org.castellan.model.io;

import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * A model that breaks its constraints; the message lists every problem found.
 *
 * @since 0.1
 */
public class InvalidModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public InvalidModelException(Diagnostic diagnostic) {
        super(describe(diagnostic));
        this.diagnostic = diagnostic;
    }

    /** One line per error, with the detail EMF keeps in nested diagnostics (the value and the limit). */
    private static String describe(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                .map(d -> d.getMessage() + d.getChildren().stream().map(Diagnostic::getMessage).map(m -> ": " + m) //$NON-NLS-1$
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
