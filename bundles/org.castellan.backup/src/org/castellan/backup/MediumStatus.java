package org.castellan.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a backup would find on a medium, before it starts.
 *
 * @param state     whether a backup may be written there
 * @param directory the medium's directory (where it was looked for)
 * @param message   for every state but {@link State#READY}, what is wrong and what to do
 * @param mediumId  the identifier the marker gives the medium, when it has one
 * @param initialised when the medium was initialised, when it was
 *
 * @since 0.1
 */
public record MediumStatus(State state, Path directory, String message, Optional<String> mediumId, Optional<Instant> initialised) {

    /** The states of a medium. */
    public enum State {
        /** Initialised for this installation: backups go there. */
        READY,
        /** No medium chosen yet, or the remembered one is not there. */
        ABSENT,
        /** A directory without a marker: it must be initialised. */
        UNINITIALISED,
        /** Initialised for another installation, or a marker copied from another disk. */
        FOREIGN,
        /** A file, or a directory this program cannot write. */
        UNUSABLE
    }

    public MediumStatus {
        Objects.requireNonNull(state);
        Objects.requireNonNull(message);
        Objects.requireNonNull(mediumId);
        Objects.requireNonNull(initialised);
    }

    public boolean ready() {
        return state == State.READY;
    }
}
