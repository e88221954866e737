package org.castellan.model.io;

import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;

/** A model that breaks its constraints; the message lists every problem found. */
public class InvalidModelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public InvalidModelException(Diagnostic diagnostic) {
        super(diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage)
                .collect(Collectors.joining("\n"))); //$NON-NLS-1$
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
