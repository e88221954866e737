package org.castellan.datarights;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Installation;
import org.castellan.model.ObjectPermission;
import org.castellan.model.RepositoryObject;
import org.castellan.security.AuthenticatedUser;
import org.castellan.security.SecurityRules;

/**
 * Reads, creates, changes and deletes data rights (Declarative Services), for administrators only:
 * the acting user must hold {@link #ADMINISTER_RIGHT} or the security administrator's right,
 * checked here in the service. Each read and each change is one transaction; a refusal changes
 * nothing.
 * <p>
 * A data model that has been in a data right is locked out of multi-source models (their rights
 * would not carry over): removing the model from the data right does not lift the lock; only
 * deleting the whole data right does. {@link #checkMultiSourceComponents} is the check a host runs
 * before saving a multi-source model; {@link #saveModel} runs it too. The other way round, a
 * model that is a source of a multi-source model cannot be given data rights.
 *
 * @since 0.1
 */
public interface DataRightsAdministration {

    /** The right "Administer data rights". */
    String ADMINISTER_RIGHT = "org.castellan.datarights.administer"; //$NON-NLS-1$

    /**
     * Topic of a data right's change, journaled in its transaction and posted after it; properties
     * {@code actor}, {@code change} (created, saved, deleted), {@code name}, {@code before} and
     * {@code after} (the right in readable names: holders, models, measures, dimensions and members;
     * absent for a creation and a deletion respectively), {@code timestamp}.
     */
    String CHANGED_TOPIC = "org/castellan/datarights/right/CHANGED"; //$NON-NLS-1$

    /** Topic of a data model's registration or change; properties as for {@link #CHANGED_TOPIC} (parameters, sources). */
    String MODEL_TOPIC = "org/castellan/datarights/model/CHANGED"; //$NON-NLS-1$

    /**
     * Topic of folder and report levels saved; properties {@code actor}, {@code objects} (names),
     * {@code before} and {@code after} (one line an object: its levels per login or group), {@code timestamp}.
     */
    String PERMISSIONS_TOPIC = "org/castellan/datarights/permissions/CHANGED"; //$NON-NLS-1$

    /**
     * The installation's model as the data-rights editors show it, read in one transaction: the
     * folder/report tree with its levels, the data models with every present member of their
     * dimensions (read from the store's member rows: costly for a dimension of millions, see
     * {@link #readVocabulary}), the data rights and the users, groups and roles they name. A copy: changing it changes nothing until it is saved through this
     * service, which refuses it when someone saved in between.
     *
     * @since 0.1
     */
    Installation read(AuthenticatedUser actor) throws DataRightsException;

    /**
     * The model as {@link #read} gives it, but its dimensions without their members: what every
     * program but the editor's member tree needs, at the same cost whatever the dimensions' sizes.
     * Members are counted, looked up and read by pages through {@link DimensionMembers}.
     *
     * @since 0.1
     */
    Installation readVocabulary(AuthenticatedUser actor) throws DataRightsException;

    /**
     * The model as {@link #read} gives it, but each dimension with only the members its data
     * rights select, those among {@code memberNames}, and the members above them: what a program
     * showing or changing data rights needs to tell a known member from one typed before a reload,
     * in a few indexed lookups whatever the dimensions' sizes.
     *
     * @since 0.1
     */
    Installation readNaming(AuthenticatedUser actor, java.util.Collection<String> memberNames) throws DataRightsException;

    /**
     * Every data right, in the order stored, each within the model it was read with (its grants
     * refer to that model's data models and members).
     *
     * @since 0.1
     */
    List<DataRight> dataRights(AuthenticatedUser actor) throws DataRightsException;

    /**
     * Stores a new data right (not yet in any model; its grants refer to the installation's models
     * by the objects of a model loaded earlier) and returns its id.
     */
    String create(AuthenticatedUser actor, DataRight right) throws DataRightsException;

    /** Stores the changes to a data right read earlier; refused when someone saved it in between. */
    void save(AuthenticatedUser actor, DataRight right) throws DataRightsException;

    /** Deletes a data right with all its grants, which lifts its models' multi-source lock. */
    void delete(AuthenticatedUser actor, String dataRightId) throws DataRightsException;

    /**
     * Stores the permissions set on folders and reports read earlier (their levels per user and
     * group), all in one transaction; refused when someone saved one of them in between, or when
     * the tree would then have a grant to a principal that no longer exists.
     */
    void savePermissions(AuthenticatedUser actor, Collection<? extends RepositoryObject> objects) throws DataRightsException;

    /**
     * Stores a data model a host registers, or the changes to one read earlier: its measures,
     * dimensions and members, its parameters and, for a multi-source model, the models it is made
     * of. Refused, with nothing saved, when a parameter has no default value (data rights are
     * defined on the model evaluated with its parameters' default values), when a component
     * carries or has carried data rights (see {@link #checkMultiSourceComponents}), when a
     * component does not exist or the model would be one of its own sources, and when someone
     * saved it in between. Returns the model's id.
     */
    String saveModel(AuthenticatedUser actor, DataModel model) throws DataRightsException;

    /**
     * Deletes a data model a host no longer has. Refused, naming them, while data rights have
     * grants on it (they would be lost: remove the model from those rights first) or multi-source
     * models use it as a source.
     */
    void deleteModel(AuthenticatedUser actor, String modelId) throws DataRightsException;

    /**
     * Refuses models that carry data rights as components of a multi-source model, naming each
     * model and the data right that locks it.
     */
    void checkMultiSourceComponents(Collection<String> modelIds) throws DataRightsException;

    /** The locked models: model id to the names of the data rights that lock it. */
    Map<String, Set<String>> lockedModels() throws DataRightsException;

    /**
     * Within a change of the security model another service began in its transaction
     * (configuration as code applies a whole configuration in one): gives objects of the change's
     * model their permissions, and creates, changes and deletes data rights, with the rules, the
     * multi-source locks and the journal of {@link #savePermissions}, {@link #create}, {@link #save}
     * and {@link #delete}. Nothing is committed here: the change's owner finishes it, or rolls the
     * whole back on a refusal.
     *
     * @param permissions objects of {@code change.model()} and every permission each is to have,
     *                    new ones (principal and level set); objects not named keep theirs
     * @param rights      the data rights created or changed: new objects, in no model, each named as
     *                    the stored one it replaces (exactly; a new name creates one); their holders
     *                    and grants refer to the change's model
     * @param deleted     the exact names of the stored data rights to delete
     * @throws DataRightsException when the actor may not administer data rights, or a rule refuses
     *                             a change (a name taken, a model that is a multi-source model's
     *                             source, a grant to a principal that does not exist)
     * @since 0.1
     */
    void applyInChange(SecurityRules.Change change, Map<? extends RepositoryObject, List<ObjectPermission>> permissions, Collection<DataRight> rights,
            Collection<String> deleted) throws DataRightsException;
}
