package org.castellan.datarights;

import java.util.List;

/**
 * A member file that registers nothing, with every problem found, each naming its line.
 *
 * @since 0.1
 */
public final class MemberFileException extends DataRightsException {

    private static final long serialVersionUID = 1L;

    /** One problem: the line (from 1) and what is wrong there, for a person. */
    public record Problem(int line, String message) {
    }

    private final transient List<Problem> problems;

    public MemberFileException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the lines. */
    public List<Problem> problems() {
        return problems;
    }
}
