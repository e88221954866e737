package org.castellan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.castellan.backup.BackupException;
import org.castellan.backup.BackupService;
import org.castellan.backup.MediumStatus;
import org.castellan.cli.internal.TextTable.Field;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan media init|show}: what Initialise Medium and the Backup view's medium line do,
 * through the backup service, which checks the backup right and recognises the medium by its
 * marker. The backup options are settings ({@code castellan settings set backup.*}).
 */
record MediaCommands(BackupService backups, AuthenticatedUser actor, PrintStream out, PrintStream err) {

    void run(Invocation invocation) throws BackupException, CommandLineException {
        Optional<Path> medium = invocation.value(Invocation.MEDIUM).map(Path::of);
        switch (invocation.command()) {
            case MEDIA_INIT -> {
                MediumStatus initialised = backups.initialise(actor, medium.orElseThrow()); // required by the command
                err.println(NLS.bind(Messages.mediumInitialised, initialised.directory(), initialised.mediumId().orElse(""))); //$NON-NLS-1$
            }
            case MEDIA_SHOW -> TextTable.printFields(out, fields(backups.medium(actor, medium), backups.lastGoodBackup()), invocation.format());
            default -> throw new IllegalStateException(invocation.command().typed() + " is not a media command"); //$NON-NLS-1$
        }
    }

    /** The medium's folder, state, identity and what is wrong with it, then the last good backup on any medium. */
    private static List<Field> fields(MediumStatus medium, Optional<Instant> lastGood) {
        String state = medium.state().name().toLowerCase(Locale.ROOT);
        return List.of(Field.of("folder", Messages.showFolder, medium.directory() == null ? "" : medium.directory().toString()), //$NON-NLS-1$ //$NON-NLS-2$
                new Field("state", Messages.showState, List.of(stateShown(medium.state())), state, state), //$NON-NLS-1$
                Field.of("medium_id", Messages.showMediumId, medium.mediumId().orElse("")), //$NON-NLS-1$ //$NON-NLS-2$
                Field.time("initialised", Messages.showInitialised, medium.initialised()), //$NON-NLS-1$
                Field.of("problem", Messages.showProblem, medium.message()), //$NON-NLS-1$
                Field.time("last_good_backup", Messages.showLastGoodBackup, lastGood)); //$NON-NLS-1$
    }

    private static String stateShown(MediumStatus.State state) {
        return switch (state) {
            case READY -> Messages.mediumReady;
            case ABSENT -> Messages.mediumAbsent;
            case UNINITIALISED -> Messages.mediumUninitialised;
            case FOREIGN -> Messages.mediumForeign;
            case UNUSABLE -> Messages.mediumUnusable;
        };
    }
}
