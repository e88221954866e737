package org.castellan.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/** The process's console and standard input. Lines are read character by character, never as strings. */
final class SystemTerminal implements Terminal {

    private final Console console;
    private final Reader input;

    SystemTerminal(Console console, Reader input) {
        this.console = console;
        this.input = Objects.requireNonNull(input);
    }

    /** The JVM's console, when a person types at one, and {@code System.in}. */
    static SystemTerminal create() {
        Console console = System.console();
        Charset charset = console != null ? console.charset() : Charset.defaultCharset();
        return new SystemTerminal(isTerminal(console) ? console : null, new InputStreamReader(System.in, charset));
    }

    /**
     * Java 22 and newer may give a console while the streams are redirected; {@code isTerminal}
     * (not in the Java 21 API this bundle compiles against) tells.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console); //$NON-NLS-1$
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }

    @Override
    public boolean hasConsole() {
        return console != null;
    }

    @Override
    public char[] readHidden(String prompt) {
        if (console == null) {
            throw new IllegalStateException("no console"); //$NON-NLS-1$
        }
        return console.readPassword("%s", prompt); //$NON-NLS-1$
    }

    @Override
    public char[] readAnswer(String prompt) {
        if (console == null) {
            throw new IllegalStateException("no console"); //$NON-NLS-1$
        }
        String answer = console.readLine("%s", prompt); //$NON-NLS-1$
        return answer == null ? null : answer.toCharArray();
    }

    @Override
    public char[] readLine() throws IOException {
        char[] line = new char[64];
        int length = 0;
        int c;
        while ((c = input.read()) != -1 && c != '\n') {
            if (length == line.length) {
                char[] longer = Arrays.copyOf(line, length * 2);
                Arrays.fill(line, '\0');
                line = longer;
            }
            line[length++] = (char) c;
        }
        if (c == -1 && length == 0) {
            return null;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] result = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return result;
    }
}
