package org.castellan.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last row of the journal and its hash, kept outside the database (in the installation
 * folder, and so in every backup that takes the "Audit journal head" data set): a journal whose
 * tail was cut off still verifies on its own, but no longer reaches this row.
 *
 * @param seq  the row's number
 * @param hash its hash
 *
 * @since 0.1
 */
public record ChainHead(long seq, String hash) {

    /** The file, relative to the installation folder, that the journal keeps up to date after every commit. */
    public static final Path FILE = Path.of("audit", "journal-head"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final Pattern TEXT = Pattern.compile("seq=(\\d+)\\s+hash=([0-9a-f]{64})\\s*"); //$NON-NLS-1$

    public ChainHead {
        Objects.requireNonNull(hash);
    }

    /** Writes it to a file, replacing the previous head in one step. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new"); //$NON-NLS-1$
        Files.writeString(temporary, "seq=" + seq + "\nhash=" + hash + '\n', StandardCharsets.US_ASCII); //$NON-NLS-1$ //$NON-NLS-2$
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The head written in a file; empty when the file is absent. */
    public static Optional<ChainHead> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        if (!matcher.matches()) {
            throw new IOException(org.castellan.audit.internal.Messages.headMalformed);
        }
        return Optional.of(new ChainHead(Long.parseLong(matcher.group(1)), matcher.group(2)));
    }
}
