package org.castellan.cli.internal;

import java.io.IOException;

/**
 * Where the command line reads passwords: the console a person types at (without echo), or
 * standard input for scripts ({@code --password-stdin}).
 */
public interface Terminal {

    /** Whether a person types at a console, so that passwords can be asked without echo. */
    boolean hasConsole();

    /**
     * Asks at the console without echoing what is typed; only when {@link #hasConsole()}.
     *
     * @return what was typed (the caller overwrites it once used), or {@code null} when the input ended
     */
    char[] readHidden(String prompt);

    /**
     * The next line of standard input, without its line end.
     *
     * @return the line (the caller overwrites it once used), or {@code null} at the end of the input
     */
    char[] readLine() throws IOException;

    /**
     * Asks at the console a question whose answer may be seen (a yes or no); only when
     * {@link #hasConsole()}. Without echo unless the terminal shows answers.
     *
     * @return what was typed, or {@code null} when the input ended
     */
    default char[] readAnswer(String prompt) {
        return readHidden(prompt);
    }
}
