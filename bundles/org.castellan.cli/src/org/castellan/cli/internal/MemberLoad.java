package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DimensionMembers;
import org.castellan.datarights.DimensionMembers.Loaded;
import org.castellan.model.DataModel;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan model load <model> <dimension> <file> [--add]}: registers a dimension's members
 * from a member file through the data-rights service (see {@link DimensionMembers} for the
 * format), with a progress line on the error stream; a file with problems registers nothing and
 * ends the command with every problem listed and exit code 1.
 */
record MemberLoad(OpenInstallation installation, AuthenticatedUser actor, PrintStream err) {

    void run(Invocation invocation) throws CommandLineException {
        DataRightsService service = DataRightsService.of(installation, actor);
        DataModel dataModel = ModelLookups.dataModel(service.call((administration, who) -> administration.readVocabulary(who)), invocation.argument(0));
        String file = invocation.argument(2);
        DimensionMembers.Mode mode = invocation.flags().contains(Invocation.ADD) ? DimensionMembers.Mode.ADD : DimensionMembers.Mode.RELOAD;
        Loaded loaded;
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(Path.of(file)),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            loaded = installation.service(DimensionMembers.class).load(actor, dataModel.getId(), invocation.argument(1), reader, mode, new ProgressLine());
        } catch (IOException | RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.memberFileUnreadable, file, e.getMessage()), e);
        } catch (DataRightsException e) {
            throw DataRightsService.refused(e);
        }
        err.println(NLS.bind(Messages.membersLoaded, new Object[] { invocation.argument(1), loaded.added(), loaded.changed(), loaded.flaggedMissing() }));
        loaded.keptForRights().forEach((right, members) -> err.println(NLS.bind(Messages.membersKeptForRight, right, String.join(", ", members)))); //$NON-NLS-1$
    }

    /** One line rewritten in place as batches are written. */
    private final class ProgressLine implements DimensionMembers.Progress {
        private int total;

        @Override
        public void checked(int members) {
            total = members;
        }

        @Override
        public void written(long rows) {
            err.print('\r' + NLS.bind(Messages.membersWritten, rows, total));
            err.flush();
            if (rows >= total) {
                err.println();
            }
        }
    }
}
