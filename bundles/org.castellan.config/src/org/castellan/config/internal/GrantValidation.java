package org.castellan.config.internal;

import static org.castellan.config.internal.GrantNames.DIMENSIONS;
import static org.castellan.config.internal.GrantNames.HOLDERS;
import static org.castellan.config.internal.GrantNames.MEASURES;
import static org.castellan.config.internal.GrantNames.MEMBERS;
import static org.castellan.config.internal.GrantNames.MEMBERS_BELOW;
import static org.castellan.config.internal.GrantNames.MODELS;
import static org.castellan.config.internal.GrantNames.REFUSED_DIMENSIONS;
import static org.castellan.config.internal.GrantNames.REFUSED_MEASURES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.castellan.config.ConfigurationException.Problem;
import org.castellan.model.DataModel;
import org.castellan.model.Dimension;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.Member;
import org.eclipse.osgi.util.NLS;

/**
 * Checks the permissions and data-rights sections against what the installation's hosts
 * registered (folders and reports, data models, their measures, dimensions and members) and what
 * the text defines (users and groups), each problem on its line. What the data-rights service
 * itself refuses (a model that is a source of a multi-source model) it refuses when the change is
 * made, in the same transaction.
 */
final class GrantValidation {

    private static final String ONE_PART = "MODEL | NAME"; //$NON-NLS-1$
    private static final String MEMBER_PARTS = "MODEL | DIMENSION | MEMBER"; //$NON-NLS-1$

    private final Installation model;
    private final Configuration current;
    private final Configuration wanted;
    private final List<Problem> problems = new ArrayList<>();

    /** Whether a member is registered in the store's rows for the dimension (a model read by the store holds none). */
    private final java.util.function.BiPredicate<Dimension, String> registeredMember;

    private GrantValidation(Installation model, Configuration current, Configuration wanted, java.util.function.BiPredicate<Dimension, String> registeredMember) {
        this.registeredMember = registeredMember;
        this.model = model;
        this.current = current;
        this.wanted = wanted;
    }

    static List<Problem> check(Installation model, Configuration current, Configuration wanted,
            java.util.function.BiPredicate<Dimension, String> registeredMember) {
        GrantValidation validation = new GrantValidation(model, current, wanted, registeredMember);
        validation.permissions();
        validation.dataRights();
        return validation.problems;
    }

    private void permissions() {
        for (Entry entry : wanted.entries(Section.PERMISSIONS).values()) {
            if (GrantNames.object(model, entry.key()).isEmpty()) {
                problem(entry.lines().entry(), NLS.bind(Messages.objectUnknown, Validation.where(entry)));
            }
            Set<String> given = new HashSet<>();
            for (String level : GrantNames.LEVELS) {
                for (String who : entry.list(level)) {
                    principal(entry, level, who);
                    if (!given.add(who)) {
                        problem(entry.lines().of(level, who), NLS.bind(Messages.givenTwice, Validation.where(entry), who));
                    }
                }
            }
        }
    }

    /** A user or group the installation will have: one of the text's. */
    private void principal(Entry entry, String field, String who) {
        boolean group = who.startsWith(GrantNames.GROUP_PREFIX);
        Entry defined = group ? wanted.entry(Section.GROUPS, who.substring(GrantNames.GROUP_PREFIX.length())) : wanted.entry(Section.USERS, who);
        if (defined == null) {
            problem(entry.lines().of(field, who), NLS.bind(Messages.unknownPrincipal, Validation.where(entry), who));
        }
    }

    private void dataRights() {
        Map<String, String> names = new HashMap<>();
        for (Entry entry : wanted.entries(Section.DATA_RIGHTS).values()) {
            String other = names.putIfAbsent(entry.key().strip().toLowerCase(Locale.ROOT), entry.key());
            if (other != null) {
                problem(entry.lines().entry(), NLS.bind(Messages.rightNameTwice, Validation.where(entry), other));
            }
            entry.list(HOLDERS).forEach(who -> principal(entry, HOLDERS, who));
            Map<String, DataModel> models = new HashMap<>();
            for (String name : entry.list(MODELS)) {
                Optional<DataModel> found = GrantNames.dataModel(model, name);
                found.ifPresent(m -> models.put(name, m));
                if (found.isEmpty()) {
                    problem(entry.lines().of(MODELS, name), NLS.bind(Messages.dataModelUnknown, new Object[] { Validation.where(entry), name,
                            String.join(", ", model.getDataModels().stream().map(DataModel::getName).sorted().toList()) })); //$NON-NLS-1$
                }
            }
            new Grants(entry, models).check();
        }
    }

    /** The measures, dimensions and members one data right gives. */
    private final class Grants {
        private final Entry entry;
        private final Map<String, DataModel> models;
        /** Each measure or dimension given, to the field it was first given in. */
        private final Map<String, String> given = new HashMap<>();

        Grants(Entry entry, Map<String, DataModel> models) {
            this.entry = entry;
            this.models = models;
        }

        void check() {
            for (String field : List.of(MEASURES, REFUSED_MEASURES)) {
                for (String item : entry.list(field)) {
                    parts(field, item, 2).ifPresent(parts -> measure(field, item, models.get(parts.get(0)), parts.get(1)));
                }
            }
            for (String field : List.of(DIMENSIONS, REFUSED_DIMENSIONS, MEMBERS, MEMBERS_BELOW)) {
                boolean members = field.equals(MEMBERS) || field.equals(MEMBERS_BELOW);
                for (String item : entry.list(field)) {
                    parts(field, item, members ? 3 : 2).ifPresent(parts -> dimension(field, item, models.get(parts.get(0)), parts));
                }
            }
        }

        /** The parts of an item whose model is one of the right's and the installation's. */
        private Optional<List<String>> parts(String field, String item, int count) {
            int line = entry.lines().of(field, item);
            Optional<List<String>> parts = GrantNames.parts(item, count);
            if (parts.isEmpty()) {
                problem(line, NLS.bind(Messages.itemMalformed, new Object[] { Validation.where(entry), item, count == 2 ? ONE_PART : MEMBER_PARTS }));
            } else if (!entry.list(MODELS).contains(parts.get().get(0))) {
                problem(line, NLS.bind(Messages.notInModels, new Object[] { Validation.where(entry), item, parts.get().get(0) }));
                return Optional.empty();
            } else if (!models.containsKey(parts.get().get(0))) {
                return Optional.empty(); // an unknown model: said once, on its line in models
            }
            return parts;
        }

        private void measure(String field, String item, DataModel dataModel, String uniqueName) {
            int line = entry.lines().of(field, item);
            if (dataModel.getMeasures().stream().noneMatch(m -> m.getUniqueName().equals(uniqueName))) {
                problem(line, NLS.bind(Messages.measureUnknown, new Object[] { Validation.where(entry), dataModel.getName(), uniqueName,
                        String.join(", ", dataModel.getMeasures().stream().map(Measure::getUniqueName).toList()) })); //$NON-NLS-1$
            } else {
                once(field, item, line, GrantNames.item(dataModel.getName(), uniqueName));
            }
        }

        private void dimension(String field, String item, DataModel dataModel, List<String> parts) {
            int line = entry.lines().of(field, item);
            Optional<Dimension> dimension = dataModel.getDimensions().stream().filter(d -> d.getUniqueName().equals(parts.get(1))).findFirst();
            if (dimension.isEmpty()) {
                problem(line, NLS.bind(Messages.dimensionUnknown, new Object[] { Validation.where(entry), dataModel.getName(), parts.get(1),
                        String.join(", ", dataModel.getDimensions().stream().map(Dimension::getUniqueName).toList()) })); //$NON-NLS-1$
                return;
            }
            once(field, item, line, GrantNames.item(dataModel.getName(), parts.get(1)));
            if (parts.size() == 3 && !member(dimension.get(), parts.get(2)) && !keptAsTyped(field, item)) {
                problem(line, NLS.bind(Messages.memberUnknown, new Object[] { Validation.where(entry), parts.get(1), dataModel.getName(), parts.get(2) }));
            }
        }

        /** A measure or dimension is given in one field: allowed, refused, or (a dimension) limited to members of one kind. */
        private void once(String field, String item, int line, String given) {
            String first = this.given.putIfAbsent(given, field);
            boolean sameMembers = field.equals(first) && (field.equals(MEMBERS) || field.equals(MEMBERS_BELOW));
            if (first != null && !sameMembers) {
                problem(line, NLS.bind(Messages.givenTwice, Validation.where(entry), item));
            }
        }

        private boolean member(Dimension dimension, String uniqueName) {
            if (registeredMember.test(dimension, uniqueName)) {
                return true;
            }
            for (var members = dimension.eAllContents(); members.hasNext();) {
                if (members.next() instanceof Member member && uniqueName.equals(member.getUniqueName())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A member the loaded model lacks, which the installation's data right of that name already
         * gives: typed in the Data Rights editor before the host reloaded the model, it is kept, as
         * the editor keeps it, so that an export applies to its own installation.
         */
        private boolean keptAsTyped(String field, String item) {
            Entry existing = current.entry(Section.DATA_RIGHTS, entry.key());
            return existing != null && existing.list(field).contains(item);
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(line, message));
    }
}
