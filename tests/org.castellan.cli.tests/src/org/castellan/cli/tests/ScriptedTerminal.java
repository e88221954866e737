package org.castellan.cli.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.castellan.cli.internal.Terminal;

/**
 * A terminal whose standard input and console answers are given in advance; it keeps the
 * console prompts it showed.
 */
final class ScriptedTerminal implements Terminal {

    private final Deque<String> stdin;
    private final Deque<String> console;
    final List<String> prompts = new ArrayList<>();

    private ScriptedTerminal(List<String> stdin, List<String> console) {
        this.stdin = new ArrayDeque<>(stdin);
        this.console = console == null ? null : new ArrayDeque<>(console);
    }

    /** Standard input with these lines, and no console (as in a script or a pipe). */
    static ScriptedTerminal stdin(String... lines) {
        return new ScriptedTerminal(Arrays.asList(lines), null);
    }

    /** A console where a person types these answers, in order; standard input is empty. */
    static ScriptedTerminal console(String... answers) {
        return new ScriptedTerminal(List.of(), Arrays.asList(answers));
    }

    @Override
    public boolean hasConsole() {
        return console != null;
    }

    @Override
    public char[] readHidden(String prompt) {
        prompts.add(prompt);
        String answer = console.poll();
        return answer == null ? null : answer.toCharArray();
    }

    @Override
    public char[] readLine() {
        String line = stdin.poll();
        return line == null ? null : line.toCharArray();
    }
}
