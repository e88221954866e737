package org.castellan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.castellan.server.RemoteCommands;
import org.eclipse.osgi.util.NLS;

/**
 * The file of a verb a client sent, on the server: a private folder ({@code rwx------}) holding
 * the input the client sent or receiving the output the client will write, so that the verb runs
 * as it does locally while no path a client names is ever opened on the server. Closing it
 * removes the folder.
 */
final class ServedFile implements AutoCloseable {

    private final VerbFiles file;
    private final Path folder;
    private String given;
    private Path local;

    private ServedFile(VerbFiles file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    static ServedFile create(VerbFiles file) throws IOException {
        return new ServedFile(file, Files.createTempDirectory("castellan-served-")); //$NON-NLS-1$ (created rwx------)
    }

    /** The arguments naming the copy here instead of the client's path. */
    String[] arguments(String[] args, Command command) {
        return file.replaced(args, command, value -> {
            given = value;
            local = folder.resolve(safeName(value));
            return local.toString();
        });
    }

    /**
     * Writes the input the client sent; a verb whose file the request does not carry is refused
     * (it would otherwise open a path of the server).
     *
     * @return the refusal, if any
     */
    Optional<String> receive(Map<String, byte[]> files) throws IOException {
        if (given == null || file.output()) {
            return Optional.empty();
        }
        byte[] content = files.get(given);
        if (content == null) {
            return Optional.of(NLS.bind(Messages.servedFileMissing, given));
        }
        Files.write(local, content);
        return Optional.empty();
    }

    /** The file's path on the client's workstation, once {@link #arguments} found it. */
    Optional<String> given() {
        return Optional.ofNullable(given);
    }

    /** What the verb printed, naming the client's path instead of the copy's. */
    String shown(String printed) {
        return given == null ? printed : printed.replace(local.toString(), given);
    }

    /** The output the verb wrote, by the client's path; empty if it writes none or wrote none. */
    Optional<Map.Entry<String, byte[]>> written() throws IOException {
        if (given == null || !file.output() || !Files.isRegularFile(local)) {
            return Optional.empty();
        }
        if (Files.size(local) > RemoteCommands.MAX_FILE_BYTES) {
            throw new IOException(NLS.bind(Messages.servedOutputTooLarge, given, RemoteCommands.MAX_FILE_BYTES));
        }
        return Optional.of(Map.entry(given, Files.readAllBytes(local)));
    }

    /** The client's file name, kept for its extension, without anything that could leave the folder. */
    private static String safeName(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "file" : name; //$NON-NLS-1$
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
