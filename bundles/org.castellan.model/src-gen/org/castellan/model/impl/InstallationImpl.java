/**
 */
package org.castellan.model.impl;

import java.util.Collection;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Company;
import org.castellan.model.DataModel;
import org.castellan.model.DataRight;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.RepositoryObject;
import org.castellan.model.Right;
import org.castellan.model.Role;
import org.castellan.model.User;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Installation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#isCentral <em>Central</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getCompanies <em>Companies</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getRights <em>Rights</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getObjects <em>Objects</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getDataModels <em>Data Models</em>}</li>
 *   <li>{@link org.castellan.model.impl.InstallationImpl#getDataRights <em>Data Rights</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstallationImpl extends EntityImpl implements Installation {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isCentral() <em>Central</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCentral()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CENTRAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCentral() <em>Central</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCentral()
	 * @generated
	 * @ordered
	 */
	protected boolean central = CENTRAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompanies() <em>Companies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanies()
	 * @generated
	 * @ordered
	 */
	protected EList<Company> companies;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Group> groups;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getRights() <em>Rights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRights()
	 * @generated
	 * @ordered
	 */
	protected EList<Right> rights;

	/**
	 * The cached value of the '{@link #getObjects() <em>Objects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjects()
	 * @generated
	 * @ordered
	 */
	protected EList<RepositoryObject> objects;

	/**
	 * The cached value of the '{@link #getDataModels() <em>Data Models</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataModels()
	 * @generated
	 * @ordered
	 */
	protected EList<DataModel> dataModels;

	/**
	 * The cached value of the '{@link #getDataRights() <em>Data Rights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataRights()
	 * @generated
	 * @ordered
	 */
	protected EList<DataRight> dataRights;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstallationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.INSTALLATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.INSTALLATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCentral() {
		return central;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentral(boolean newCentral) {
		boolean oldCentral = central;
		central = newCentral;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.INSTALLATION__CENTRAL, oldCentral, central));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Company> getCompanies() {
		if (companies == null) {
			companies = new EObjectContainmentEList<Company>(Company.class, this, CastellanPackage.INSTALLATION__COMPANIES);
		}
		return companies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, CastellanPackage.INSTALLATION__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Group> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<Group>(Group.class, this, CastellanPackage.INSTALLATION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, CastellanPackage.INSTALLATION__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Right> getRights() {
		if (rights == null) {
			rights = new EObjectContainmentEList<Right>(Right.class, this, CastellanPackage.INSTALLATION__RIGHTS);
		}
		return rights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RepositoryObject> getObjects() {
		if (objects == null) {
			objects = new EObjectContainmentEList<RepositoryObject>(RepositoryObject.class, this, CastellanPackage.INSTALLATION__OBJECTS);
		}
		return objects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataModel> getDataModels() {
		if (dataModels == null) {
			dataModels = new EObjectContainmentEList<DataModel>(DataModel.class, this, CastellanPackage.INSTALLATION__DATA_MODELS);
		}
		return dataModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataRight> getDataRights() {
		if (dataRights == null) {
			dataRights = new EObjectContainmentEList<DataRight>(DataRight.class, this, CastellanPackage.INSTALLATION__DATA_RIGHTS);
		}
		return dataRights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CastellanPackage.INSTALLATION__COMPANIES:
				return ((InternalEList<?>)getCompanies()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__RIGHTS:
				return ((InternalEList<?>)getRights()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__OBJECTS:
				return ((InternalEList<?>)getObjects()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__DATA_MODELS:
				return ((InternalEList<?>)getDataModels()).basicRemove(otherEnd, msgs);
			case CastellanPackage.INSTALLATION__DATA_RIGHTS:
				return ((InternalEList<?>)getDataRights()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.INSTALLATION__NAME:
				return getName();
			case CastellanPackage.INSTALLATION__CENTRAL:
				return isCentral();
			case CastellanPackage.INSTALLATION__COMPANIES:
				return getCompanies();
			case CastellanPackage.INSTALLATION__USERS:
				return getUsers();
			case CastellanPackage.INSTALLATION__GROUPS:
				return getGroups();
			case CastellanPackage.INSTALLATION__ROLES:
				return getRoles();
			case CastellanPackage.INSTALLATION__RIGHTS:
				return getRights();
			case CastellanPackage.INSTALLATION__OBJECTS:
				return getObjects();
			case CastellanPackage.INSTALLATION__DATA_MODELS:
				return getDataModels();
			case CastellanPackage.INSTALLATION__DATA_RIGHTS:
				return getDataRights();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CastellanPackage.INSTALLATION__NAME:
				setName((String)newValue);
				return;
			case CastellanPackage.INSTALLATION__CENTRAL:
				setCentral((Boolean)newValue);
				return;
			case CastellanPackage.INSTALLATION__COMPANIES:
				getCompanies().clear();
				getCompanies().addAll((Collection<? extends Company>)newValue);
				return;
			case CastellanPackage.INSTALLATION__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case CastellanPackage.INSTALLATION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends Group>)newValue);
				return;
			case CastellanPackage.INSTALLATION__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case CastellanPackage.INSTALLATION__RIGHTS:
				getRights().clear();
				getRights().addAll((Collection<? extends Right>)newValue);
				return;
			case CastellanPackage.INSTALLATION__OBJECTS:
				getObjects().clear();
				getObjects().addAll((Collection<? extends RepositoryObject>)newValue);
				return;
			case CastellanPackage.INSTALLATION__DATA_MODELS:
				getDataModels().clear();
				getDataModels().addAll((Collection<? extends DataModel>)newValue);
				return;
			case CastellanPackage.INSTALLATION__DATA_RIGHTS:
				getDataRights().clear();
				getDataRights().addAll((Collection<? extends DataRight>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CastellanPackage.INSTALLATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CastellanPackage.INSTALLATION__CENTRAL:
				setCentral(CENTRAL_EDEFAULT);
				return;
			case CastellanPackage.INSTALLATION__COMPANIES:
				getCompanies().clear();
				return;
			case CastellanPackage.INSTALLATION__USERS:
				getUsers().clear();
				return;
			case CastellanPackage.INSTALLATION__GROUPS:
				getGroups().clear();
				return;
			case CastellanPackage.INSTALLATION__ROLES:
				getRoles().clear();
				return;
			case CastellanPackage.INSTALLATION__RIGHTS:
				getRights().clear();
				return;
			case CastellanPackage.INSTALLATION__OBJECTS:
				getObjects().clear();
				return;
			case CastellanPackage.INSTALLATION__DATA_MODELS:
				getDataModels().clear();
				return;
			case CastellanPackage.INSTALLATION__DATA_RIGHTS:
				getDataRights().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CastellanPackage.INSTALLATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CastellanPackage.INSTALLATION__CENTRAL:
				return central != CENTRAL_EDEFAULT;
			case CastellanPackage.INSTALLATION__COMPANIES:
				return companies != null && !companies.isEmpty();
			case CastellanPackage.INSTALLATION__USERS:
				return users != null && !users.isEmpty();
			case CastellanPackage.INSTALLATION__GROUPS:
				return groups != null && !groups.isEmpty();
			case CastellanPackage.INSTALLATION__ROLES:
				return roles != null && !roles.isEmpty();
			case CastellanPackage.INSTALLATION__RIGHTS:
				return rights != null && !rights.isEmpty();
			case CastellanPackage.INSTALLATION__OBJECTS:
				return objects != null && !objects.isEmpty();
			case CastellanPackage.INSTALLATION__DATA_MODELS:
				return dataModels != null && !dataModels.isEmpty();
			case CastellanPackage.INSTALLATION__DATA_RIGHTS:
				return dataRights != null && !dataRights.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", central: "); //$NON-NLS-1$
		result.append(central);
		result.append(')');
		return result.toString();
	}

} //InstallationImpl
