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
import org.castellan.datarights.DataRightsException;
import org.castellan.datarights.DataRightsLookup;
import org.castellan.datarights.MemberFilter;
import org.castellan.datarights.ModelFilter;
import org.castellan.datarights.ObjectPermissions;
import org.castellan.datarights.PermissionExplanation;
import org.castellan.datarights.SqlPredicate;
import org.castellan.datarights.StarSchema;
import org.castellan.model.DataModel;
import org.castellan.model.Installation;
import org.castellan.model.RepositoryObject;
import org.castellan.model.User;
import org.castellan.security.AuthenticatedUser;
import org.eclipse.osgi.util.NLS;

/**
 * {@code castellan permission effective USER PATH} (or {@code datarights effective}) and
 * {@code castellan datarights filter USER MODEL [--sql SCHEMA]}: what the data-rights service
 * answers a host for a user, with why, for an administrator checking his rights from a script.
 * Only holders of "Administer data rights" or "Administer security" may ask: the answers show what
 * every user may see, and the service refuses anyone else the model they are looked up in. Text by default,
 * {@code --format json} for scripts (see {@link DataRightsJson}). The user, the data model and the
 * top of the path are found by their indexes ({@link DataRightsLookup}), so the answer costs the same
 * whatever the installation's size; a name typed in another letter case, or unknown, is looked up
 * in the whole model as before, to match it or to tell what exists.
 */
record DataRightsQueries(OpenInstallation installation, AuthenticatedUser actor, OutputFormat format, PrintStream out) {

    void run(Invocation invocation) throws CommandLineException {
        if (invocation.command() == Command.DATARIGHTS_EFFECTIVE || invocation.command() == Command.PERMISSION_EFFECTIVE) {
            effective(invocation.argument(0), invocation.argument(1), invocation.command());
        } else {
            filter(invocation.argument(0), invocation.argument(1), invocation.value(Invocation.SQL));
        }
    }

    private void effective(String login, String path, Command command) throws CommandLineException {
        Optional<String> top = java.util.Arrays.stream(path.split("/")).filter(name -> !name.isBlank()).map(String::strip).findFirst(); //$NON-NLS-1$
        Installation part = top.isPresent() ? part(login, List.of(), top.stream().toList()) : null;
        boolean onPart = part != null && named(part, login).isPresent() && part.getObjects().stream().anyMatch(o -> o.getName().equals(top.get()));
        // Anything not found by its exact name is looked up as before, in the whole model, to tell what exists.
        Installation model = onPart ? part : DataRightsService.of(installation, actor).read();
        User user = ModelLookups.user(model, login);
        RepositoryObject object = ModelLookups.object(model, path, command);
        PermissionExplanation explanation = onPart ? explainOnPart(part, user, object)
                : installation.service(DataRightsAccess.class).explain(user.getId(), object.getId());
        if (format == OutputFormat.JSON) {
            DataRightsJson.printExplanation(out, user.getLogin(), path, explanation);
        } else {
            out.println(explanation.text());
        }
    }

    private void filter(String login, String modelName, Optional<String> schemaFile) throws CommandLineException {
        Installation part = part(login, List.of(modelName), List.of());
        boolean onPart = named(part, login).isPresent() && part.getDataModels().stream().anyMatch(m -> m.getName().equals(modelName.strip()));
        // Anything not found by its exact name is looked up as before, in the whole model, to tell what exists.
        Installation model = onPart ? part : DataRightsService.of(installation, actor).read();
        User user = ModelLookups.user(model, login);
        DataModel dataModel = ModelLookups.dataModel(model, modelName);
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

    /** The user, the data models and the top folders or reports named, read by their indexes (the service checks the actor). */
    private Installation part(String login, List<String> modelNames, List<String> topObjectNames) throws CommandLineException {
        try {
            return installation.service(DataRightsLookup.class).part(actor, login, modelNames, topObjectNames);
        } catch (DataRightsException e) {
            throw DataRightsService.refused(e);
        }
    }

    private static Optional<User> named(Installation part, String login) {
        return part.getUsers().stream().filter(u -> u.getLogin().equals(login.strip())).findFirst();
    }

    /**
     * The explanation the service gives, compiled from the part: the user's grants and his groups'
     * on the object and the folders above it are all there, and nothing else decides his level.
     */
    private PermissionExplanation explainOnPart(Installation part, User user, RepositoryObject object) throws CommandLineException {
        try {
            return ObjectPermissions.compile(part).explain(user.getId(), object.getId());
        } catch (DataRightsException e) {
            // A tree the service cannot compile either: it answers as it does for such a tree.
            return installation.service(DataRightsAccess.class).explain(user.getId(), object.getId());
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
