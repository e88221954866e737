/**
 */
package org.castellan.model.impl;

import java.util.Collection;

import org.castellan.model.CastellanPackage;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Principal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Right</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.DataRightImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.impl.DataRightImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.castellan.model.impl.DataRightImpl#getHolders <em>Holders</em>}</li>
 *   <li>{@link org.castellan.model.impl.DataRightImpl#getModelGrants <em>Model Grants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataRightImpl extends EntityImpl implements DataRight {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHolders() <em>Holders</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Principal> holders;

	/**
	 * The cached value of the '{@link #getModelGrants() <em>Model Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<DataModelGrant> modelGrants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataRightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.DATA_RIGHT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.DATA_RIGHT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.DATA_RIGHT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Principal> getHolders() {
		if (holders == null) {
			holders = new EObjectResolvingEList<Principal>(Principal.class, this, CastellanPackage.DATA_RIGHT__HOLDERS);
		}
		return holders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataModelGrant> getModelGrants() {
		if (modelGrants == null) {
			modelGrants = new EObjectContainmentEList<DataModelGrant>(DataModelGrant.class, this, CastellanPackage.DATA_RIGHT__MODEL_GRANTS);
		}
		return modelGrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CastellanPackage.DATA_RIGHT__MODEL_GRANTS:
				return ((InternalEList<?>)getModelGrants()).basicRemove(otherEnd, msgs);
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
			case CastellanPackage.DATA_RIGHT__NAME:
				return getName();
			case CastellanPackage.DATA_RIGHT__DESCRIPTION:
				return getDescription();
			case CastellanPackage.DATA_RIGHT__HOLDERS:
				return getHolders();
			case CastellanPackage.DATA_RIGHT__MODEL_GRANTS:
				return getModelGrants();
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
			case CastellanPackage.DATA_RIGHT__NAME:
				setName((String)newValue);
				return;
			case CastellanPackage.DATA_RIGHT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CastellanPackage.DATA_RIGHT__HOLDERS:
				getHolders().clear();
				getHolders().addAll((Collection<? extends Principal>)newValue);
				return;
			case CastellanPackage.DATA_RIGHT__MODEL_GRANTS:
				getModelGrants().clear();
				getModelGrants().addAll((Collection<? extends DataModelGrant>)newValue);
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
			case CastellanPackage.DATA_RIGHT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CastellanPackage.DATA_RIGHT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CastellanPackage.DATA_RIGHT__HOLDERS:
				getHolders().clear();
				return;
			case CastellanPackage.DATA_RIGHT__MODEL_GRANTS:
				getModelGrants().clear();
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
			case CastellanPackage.DATA_RIGHT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CastellanPackage.DATA_RIGHT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CastellanPackage.DATA_RIGHT__HOLDERS:
				return holders != null && !holders.isEmpty();
			case CastellanPackage.DATA_RIGHT__MODEL_GRANTS:
				return modelGrants != null && !modelGrants.isEmpty();
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
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //DataRightImpl
