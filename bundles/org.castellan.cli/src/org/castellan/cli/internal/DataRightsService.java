package org.castellan.cli.internal;

import java.util.Collection;
import java.util.List;

import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DimensionMembers;
import org.castellan.model.Dimension;
import org.castellan.model.Installation;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.StaleObjectException;
import org.castellan.store.StoreException;

/**
 * The data-rights administration service as the {@code permission}, {@code model} and
 * {@code datarights} commands use it: it alone checks that who acts administers data rights (or
 * security), reads the installation's model and journals each change; its refusals end the
 * command with their message.
 */
record DataRightsService(DataRightsAdministration administration, DimensionMembers members, AuthenticatedUser actor) {

    static DataRightsService of(OpenInstallation installation, AuthenticatedUser actor) throws CommandLineException {
        return new DataRightsService(installation.service(DataRightsAdministration.class), installation.service(DimensionMembers.class), actor);
    }

    /** One call to the service. */
    @FunctionalInterface
    interface Call<T> {
        T run(DataRightsAdministration administration, AuthenticatedUser actor) throws DataRightsException;
    }

    /** A change through the service, which returns nothing. */
    @FunctionalInterface
    interface Change {
        void run(DataRightsAdministration administration, AuthenticatedUser actor) throws DataRightsException;
    }

    /**
     * The folder/report tree, the data models and rights, and the users and groups they name; each
     * dimension with the members its data rights select and those above them, not the whole.
     */
    Installation read() throws CommandLineException {
        return read(List.of());
    }

    /** {@link #read()}, with these members (and those above them) too where a dimension has them. */
    Installation read(Collection<String> memberNames) throws CommandLineException {
        return call((administration, who) -> administration.readNaming(who, memberNames));
    }

    /** How many members a dimension has (missing ones left out), counted by the store. */
    long memberCount(Dimension dimension) throws CommandLineException {
        return call((administration, who) -> members.count(who, dimension.getId()));
    }

    <T> T call(Call<T> call) throws CommandLineException {
        try {
            return call.run(administration, actor);
        } catch (DataRightsException e) {
            throw refused(e);
        }
    }

    void change(Change change) throws CommandLineException {
        call((administration, actor) -> {
            change.run(administration, actor);
            return null;
        });
    }

    /** A refusal by a rule (exit 1), or the installation's database failing under the service (exit 3). */
    static CommandLineException refused(DataRightsException e) {
        boolean storeFailed = e.getCause() instanceof StoreException && !(e.getCause() instanceof StaleObjectException);
        return new CommandLineException(storeFailed ? ExitCode.INSTALLATION_UNUSABLE : ExitCode.REFUSED, e.getMessage(), e);
    }
}
