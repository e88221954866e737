package org.castellan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Optional;

import org.castellan.server.RemoteCommands;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The file of a verb typed on an enrolled workstation, kept on that workstation: an input is read
 * here and its content sent with the request (at most {@link RemoteCommands#MAX_FILE_BYTES}); an
 * output's content comes back in the answer and is written here whole or not at all (a file beside
 * the target, then moved over it). Both are checked before the user is asked for his password.
 */
final class ClientFile {

    private final VerbFiles file;
    /** The file as the server sees it named: its absolute path on this workstation. */
    private final Path path;

    private ClientFile(VerbFiles file, Path path) {
        this.file = file;
        this.path = path;
    }

    /** The verb's file, checked; empty when the verb has none or it is not given. */
    static Optional<ClientFile> of(Invocation invocation) throws CommandLineException {
        Optional<VerbFiles> file = VerbFiles.of(invocation.command());
        Optional<String> given = file.flatMap(f -> f.given(invocation));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(given.get()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.remoteFileMissing, given.get()), e);
        }
        ClientFile client = new ClientFile(file.get(), path);
        client.check();
        return Optional.of(client);
    }

    private void check() throws CommandLineException {
        if (file.output()) {
            Path folder = path.getParent();
            if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuFolderUnwritable, folder)); // before the server exports anything
            }
            return;
        }
        if (!Files.isRegularFile(path)) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.remoteFileMissing, path));
        }
        try {
            long size = Files.size(path);
            if (size > RemoteCommands.MAX_FILE_BYTES) {
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.remoteFileTooLarge, new Object[] { path, size, RemoteCommands.MAX_FILE_BYTES }));
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The arguments as sent: the file named by its absolute path, which the server's messages repeat. */
    String[] arguments(String[] typed, Command command) {
        return file.replaced(typed, command, value -> path.toString());
    }

    /** The {@code files} of the request: the input's content; none for an output. */
    Optional<JsonObject> sent() throws CommandLineException {
        if (file.output()) {
            return Optional.empty();
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (content.length > RemoteCommands.MAX_FILE_BYTES) { // it grew since it was checked
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.remoteFileTooLarge,
                    new Object[] { path, content.length, RemoteCommands.MAX_FILE_BYTES }));
        }
        JsonObject files = new JsonObject();
        files.addProperty(path.toString(), Base64.getEncoder().encodeToString(content));
        return Optional.of(files);
    }

    /** Writes the output the answer carries, whole or not at all; nothing when it carries none. */
    void receive(JsonObject answer) throws CommandLineException {
        JsonElement files = answer.get("files"); //$NON-NLS-1$
        if (!file.output() || files == null || !files.isJsonObject() || !files.getAsJsonObject().has(path.toString())) {
            return;
        }
        Path written = null;
        try {
            byte[] content = Base64.getDecoder().decode(files.getAsJsonObject().get(path.toString()).getAsString());
            written = Files.write(Files.createTempFile(path.getParent(), ".castellan-", ".tmp"), content); //$NON-NLS-1$ //$NON-NLS-2$
            Files.move(written, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(written);
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.menuFileUnwritable, path, e.getMessage()), e);
        }
    }

    private CommandLineException unreadable(IOException e) {
        return new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.remoteFileUnreadable, path, e.getMessage()), e);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary file stays beside the target, named .castellan-*.tmp; the failure is reported
        }
    }
}
