package org.castellan.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.castellan.server.client.Answer;
import org.castellan.server.client.Enrolment;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A verb typed on an enrolled workstation, run on the Castellan server: the user who acts logs in
 * to the server with his own password, the verb goes with his token ({@code POST
 * /api/v1/commands}) and runs there, where every rule is checked, and what it printed and its exit
 * code come back. Passwords are read here as the local command line reads them (the console, or
 * standard input with {@code --password-stdin}) and travel in the request's body, never as
 * arguments.
 */
final class RemoteCommand {

    private final Enrolment enrolment;
    private final Passwords passwords;
    private final PrintStream out;
    private final PrintStream err;

    RemoteCommand(Enrolment enrolment, Passwords passwords, PrintStream out, PrintStream err) {
        this.enrolment = enrolment;
        this.passwords = passwords;
        this.out = out;
        this.err = err;
    }

    void run(Invocation invocation, String[] typed) throws CommandLineException {
        if (invocation.command() == Command.BACKUP_RESTORE) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.restoreOnServerOnly);
        }
        Optional<ClientFile> file = ClientFile.of(invocation); // before the password is asked for a file that is not there
        String actor = invocation.actorLogin();
        char[] password = passwords.acting(actor);
        List<char[]> input = newPasswords(invocation, actor);
        JsonObject body = new JsonObject();
        JsonArray arguments = new JsonArray();
        String[] sent = file.isPresent() ? file.get().arguments(typed, invocation.command()) : typed;
        withoutActor(sent).forEach(arguments::add);
        body.add("arguments", arguments); //$NON-NLS-1$
        if (file.isPresent()) {
            file.get().sent().ifPresent(files -> body.add("files", files)); //$NON-NLS-1$
        }
        if (!input.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            input.forEach(line -> lines.append(line).append('\n'));
            input.forEach(line -> Arrays.fill(line, '\0'));
            body.addProperty("stdin", lines.toString()); //$NON-NLS-1$
        }
        Answer answer;
        try (ServerSession session = ServerSession.logIn(enrolment.server(), actor, password, "castellan command line")) { //$NON-NLS-1$
            answer = session.post("/api/v1/commands", body); //$NON-NLS-1$
        }
        if (!answer.ok()) {
            throw new CommandLineException(ExitCode.REFUSED, answer.message());
        }
        JsonElement code = answer.json().get("exitCode"); //$NON-NLS-1$
        int exitCode = code == null || !code.isJsonPrimitive() ? ExitCode.REFUSED : code.getAsInt();
        if (exitCode == ExitCode.DONE && file.isPresent()) {
            file.get().receive(answer.json()); // before the server's message says it is written
        }
        out.print(answer.text("out")); //$NON-NLS-1$
        err.print(answer.text("err")); //$NON-NLS-1$
        if (exitCode != ExitCode.DONE) {
            throw CommandLineException.alreadySaid(exitCode);
        }
    }

    /** The new passwords the verb asks for, read here (the server has no console to ask at). */
    private List<char[]> newPasswords(Invocation invocation, String actor) throws CommandLineException {
        List<char[]> lines = new ArrayList<>();
        switch (invocation.command()) {
            case USER_ADD -> {
                if (!invocation.flag(Invocation.DOMAIN)) {
                    lines.add(passwords.newPassword(invocation.argument(0), actor));
                }
            }
            case USER_PASSWD -> lines.add(passwords.newPassword(invocation.argument(0), actor));
            case DIRECTORY_PASSWORD -> lines.add(passwords.servicePassword());
            default -> {
                // no password besides the acting user's
            }
        }
        return lines;
    }

    /** The arguments as typed, without who acts (the token says) and without --password-stdin (the server reads its input). */
    static List<String> withoutActor(String[] typed) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < typed.length; i++) {
            String arg = typed[i];
            if (arg.equals(Invocation.AS)) {
                i++;
            } else if (!arg.startsWith(Invocation.AS + '=') && !arg.equals(Invocation.PASSWORD_STDIN)) {
                kept.add(arg);
            }
        }
        return kept;
    }
}
