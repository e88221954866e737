package org.castellan.config;

import java.util.List;

/**
 * A configuration refused, with nothing changed: every problem of its text, each with the line it
 * is on, or the one rule of the whole installation the result would break.
 *
 * @since 0.1
 */
public class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * One problem.
     *
     * @param line the line of the text it is on, from 1; 0 when it concerns no line
     */
    public record Problem(int line, String message) {
    }

    private final transient List<Problem> problems;

    /** @param message the whole refusal, which says what to do */
    public ConfigurationException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    public ConfigurationException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public ConfigurationException(String message) {
        this(message, List.of(), null);
    }

    /** Every problem found, in the order of the text; empty when the refusal is not the text's. */
    public List<Problem> problems() {
        return problems;
    }
}
