package org.castellan.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.castellan.datarights.DataRightsAccess;
import org.castellan.datarights.DataRightsAdministration;
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.SqlPredicate;
import org.castellan.datarights.StarSchema;
import org.castellan.model.DataModel;
import org.castellan.model.Folder;
import org.castellan.model.Installation;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.castellan.security.AccessControl;
import org.castellan.security.AccountService;
import org.castellan.security.AuthenticatedUser;
import org.castellan.store.CastellanStore;
import org.castellan.store.StoreException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan datarights effective USER PATH} and {@code castellan datarights filter USER MODEL
 * [--sql SCHEMA]}: what the data-rights service answers a host for a user, with why, for an
 * administrator checking his rights from a script. Only holders of "Administer data rights" or
 * "Administer security" may ask: the answers show what every user may see. Text by default,
 * {@code --format json} for scripts (see {@link DataRightsJson}).
 */
record DataRightsQueries(OpenInstallation installation, AuthenticatedUser actor, OutputFormat format, PrintStream out) {

    void run(Invocation invocation) throws CommandLineException {
        if (invocation.command() == Command.DATARIGHTS_EFFECTIVE) {
            effective(invocation.argument(0), invocation.argument(1));
        } else {
            filter(invocation.argument(0), invocation.argument(1), invocation.value(Invocation.SQL));
        }
    }

    private void effective(String login, String path) throws CommandLineException {
        Installation model = allowedModel(installation, actor);
        User user = user(model, login);
        RepositoryObject object = object(model, path);
        PermissionExplanation explanation = installation.service(DataRightsAccess.class).explain(user.getId(), object.getId());
        if (format == OutputFormat.JSON) {
            DataRightsJson.printExplanation(out, user.getLogin(), path, explanation);
        } else {
            out.println(explanation.text());
        }
    }

    private void filter(String login, String modelName, Optional<String> schemaFile) throws CommandLineException {
        Installation model = allowedModel(installation, actor);
        User user = user(model, login);
        DataModel dataModel = model.getDataModels().stream().filter(m -> m.getName().equalsIgnoreCase(modelName.strip())).findFirst()
                .orElseThrow(() -> new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.datarightsModelUnknown, modelName,
                        String.join(", ", model.getDataModels().stream().map(DataModel::getName).sorted().toList())))); //$NON-NLS-1$
        Optional<StarSchema> schema = schemaFile.isPresent() ? Optional.of(schema(schemaFile.get())) : Optional.empty();
        DataRightsAccess access = installation.service(DataRightsAccess.class);
        ModelFilter filter = access.filter(user.getId(), dataModel.getId());
        Optional<SqlPredicate> predicate = schema.isPresent() ? Optional.of(predicate(access, user, dataModel, schema.get())) : Optional.empty();
        if (format == OutputFormat.JSON) {
            DataRightsJson.printFilter(out, user.getLogin(), dataModel.getName(), filter, predicate);
            return;
        }
        if (!filter.granted()) {
            out.println(NLS.bind(Messages.datarightsNoRight, user.getLogin(), dataModel.getName()));
        } else {
            out.println(NLS.bind(Messages.datarightsMeasures, list(filter.measures())));
            for (Map.Entry<String, MemberFilter> dimension : new TreeMap<>(filter.dimensions()).entrySet()) {
                out.println(NLS.bind(Messages.datarightsDimension, dimension.getKey(), describe(dimension.getValue())));
            }
        }
        if (predicate.isPresent()) {
            out.println(NLS.bind(Messages.datarightsWhere, predicate.get().sql()));
            for (int i = 0; i < predicate.get().parameters().size(); i++) {
                out.println(NLS.bind(Messages.datarightsParameter, i + 1, predicate.get().parameters().get(i)));
            }
        }
    }

    private static SqlPredicate predicate(DataRightsAccess access, User user, DataModel dataModel, StarSchema schema) throws CommandLineException {
        try {
            return access.predicate(user.getId(), dataModel.getId(), schema);
        } catch (DataRightsException e) {
            throw new CommandLineException(ExitCode.REFUSED, e.getMessage(), e);
        }
    }

    private static String describe(MemberFilter filter) {
        if (filter.everything()) {
            return Messages.datarightsEveryMember;
        }
        if (filter.nothing()) {
            return Messages.datarightsNoMember;
        }
        List<String> parts = new ArrayList<>();
        if (!filter.subtrees().isEmpty()) {
            parts.add(NLS.bind(Messages.datarightsSubtrees, list(filter.subtrees())));
        }
        if (!filter.members().isEmpty()) {
            parts.add(NLS.bind(Messages.datarightsMembers, list(filter.members())));
        }
        if (!filter.unknown().isEmpty()) {
            parts.add(NLS.bind(Messages.datarightsUnknown, list(filter.unknown())));
        }
        return String.join("; ", parts); //$NON-NLS-1$
    }

    private static String list(java.util.Collection<String> names) {
        return names.isEmpty() ? Messages.datarightsNone : String.join(", ", new TreeSet<>(names)); //$NON-NLS-1$
    }

    /** The installation's model, once the actor is known to be allowed to see everyone's rights. */
    private static Installation allowedModel(OpenInstallation installation, AuthenticatedUser actor) throws CommandLineException {
        AccessControl access = installation.access();
        if (!access.hasRight(actor.id(), DataRightsAdministration.ADMINISTER_RIGHT) && !access.hasRight(actor.id(), AccountService.ADMINISTER_RIGHT)) {
            throw new CommandLineException(ExitCode.REFUSED, Messages.datarightsNotAllowed);
        }
        try {
            return installation.service(CastellanStore.class).model().load();
        } catch (StoreException e) {
            throw new CommandLineException(ExitCode.INSTALLATION_UNUSABLE, e.getMessage(), e);
        }
    }

    private static User user(Installation model, String login) throws CommandLineException {
        return model.getUsers().stream().filter(u -> u.getLogin().equalsIgnoreCase(login.strip())).findFirst()
                .orElseThrow(() -> new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.datarightsUserUnknown, login)));
    }

    /** The object at a path of names separated by {@code /}, from the top of the tree. */
    private static RepositoryObject object(Installation model, String path) throws CommandLineException {
        List<? extends RepositoryObject> level = model.getObjects();
        RepositoryObject found = null;
        List<String> walked = new ArrayList<>();
        for (String name : path.split("/")) { //$NON-NLS-1$
            if (name.isBlank()) {
                continue;
            }
            String wanted = name.strip();
            found = level.stream().filter(o -> o.getName().equals(wanted)).findFirst().orElse(null);
            if (found == null) {
                List<String> names = level.stream().map(RepositoryObject::getName).sorted().toList();
                throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.datarightsObjectUnknown, new Object[] { wanted,
                        walked.isEmpty() ? Messages.datarightsTop : String.join("/", walked), names.isEmpty() ? Messages.datarightsNone : String.join(", ", names) })); //$NON-NLS-1$ //$NON-NLS-2$
            }
            walked.add(wanted);
            level = found instanceof Folder folder ? folder.getChildren() : List.of();
        }
        if (found == null) {
            throw CommandLineException.usage(NLS.bind(Messages.argumentMissing, Command.DATARIGHTS_EFFECTIVE.typed(), Messages.argumentObject));
        }
        return found;
    }

    /** The star schema from a properties file: {@code [Date] = d.year_name, d.month_name, d.day_name}. */
    private static StarSchema schema(String file) throws CommandLineException {
        Properties lines = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            lines.load(reader);
        } catch (IOException | RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.datarightsSchemaUnreadable, file, e.getMessage()), e);
        }
        StarSchema.Builder builder = StarSchema.builder();
        try {
            for (String dimension : new TreeSet<>(lines.stringPropertyNames())) {
                builder.dimension(dimension, java.util.Arrays.stream(lines.getProperty(dimension).split(",")).map(String::strip) //$NON-NLS-1$
                        .toArray(String[]::new));
            }
            return builder.build();
        } catch (RuntimeException e) {
            throw new CommandLineException(ExitCode.REFUSED, NLS.bind(Messages.datarightsSchemaUnreadable, file, e.getMessage()), e);
        }
    }
}
