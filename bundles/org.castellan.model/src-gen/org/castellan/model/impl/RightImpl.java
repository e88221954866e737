/**
 */
package org.castellan.model.impl;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Right;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Right</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.RightImpl#getRightId <em>Right Id</em>}</li>
 *   <li>{@link org.castellan.model.impl.RightImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.castellan.model.impl.RightImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.castellan.model.impl.RightImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.castellan.model.impl.RightImpl#getContributor <em>Contributor</em>}</li>
 *   <li>{@link org.castellan.model.impl.RightImpl#isAdministrative <em>Administrative</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RightImpl extends EntityImpl implements Right {
	/**
	 * The default value of the '{@link #getRightId() <em>Right Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRightId()
	 * @generated
	 * @ordered
	 */
	protected static final String RIGHT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRightId() <em>Right Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRightId()
	 * @generated
	 * @ordered
	 */
	protected String rightId = RIGHT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

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
	 * The default value of the '{@link #getContributor() <em>Contributor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributor()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRIBUTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContributor() <em>Contributor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributor()
	 * @generated
	 * @ordered
	 */
	protected String contributor = CONTRIBUTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isAdministrative() <em>Administrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdministrative()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADMINISTRATIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdministrative() <em>Administrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdministrative()
	 * @generated
	 * @ordered
	 */
	protected boolean administrative = ADMINISTRATIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.RIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRightId() {
		return rightId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRightId(String newRightId) {
		String oldRightId = rightId;
		rightId = newRightId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT__RIGHT_ID, oldRightId, rightId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContributor() {
		return contributor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContributor(String newContributor) {
		String oldContributor = contributor;
		contributor = newContributor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT__CONTRIBUTOR, oldContributor, contributor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdministrative() {
		return administrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdministrative(boolean newAdministrative) {
		boolean oldAdministrative = administrative;
		administrative = newAdministrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT__ADMINISTRATIVE, oldAdministrative, administrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.RIGHT__RIGHT_ID:
				return getRightId();
			case CastellanPackage.RIGHT__LABEL:
				return getLabel();
			case CastellanPackage.RIGHT__CATEGORY:
				return getCategory();
			case CastellanPackage.RIGHT__DESCRIPTION:
				return getDescription();
			case CastellanPackage.RIGHT__CONTRIBUTOR:
				return getContributor();
			case CastellanPackage.RIGHT__ADMINISTRATIVE:
				return isAdministrative();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CastellanPackage.RIGHT__RIGHT_ID:
				setRightId((String)newValue);
				return;
			case CastellanPackage.RIGHT__LABEL:
				setLabel((String)newValue);
				return;
			case CastellanPackage.RIGHT__CATEGORY:
				setCategory((String)newValue);
				return;
			case CastellanPackage.RIGHT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CastellanPackage.RIGHT__CONTRIBUTOR:
				setContributor((String)newValue);
				return;
			case CastellanPackage.RIGHT__ADMINISTRATIVE:
				setAdministrative((Boolean)newValue);
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
			case CastellanPackage.RIGHT__RIGHT_ID:
				setRightId(RIGHT_ID_EDEFAULT);
				return;
			case CastellanPackage.RIGHT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case CastellanPackage.RIGHT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CastellanPackage.RIGHT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CastellanPackage.RIGHT__CONTRIBUTOR:
				setContributor(CONTRIBUTOR_EDEFAULT);
				return;
			case CastellanPackage.RIGHT__ADMINISTRATIVE:
				setAdministrative(ADMINISTRATIVE_EDEFAULT);
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
			case CastellanPackage.RIGHT__RIGHT_ID:
				return RIGHT_ID_EDEFAULT == null ? rightId != null : !RIGHT_ID_EDEFAULT.equals(rightId);
			case CastellanPackage.RIGHT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case CastellanPackage.RIGHT__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case CastellanPackage.RIGHT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CastellanPackage.RIGHT__CONTRIBUTOR:
				return CONTRIBUTOR_EDEFAULT == null ? contributor != null : !CONTRIBUTOR_EDEFAULT.equals(contributor);
			case CastellanPackage.RIGHT__ADMINISTRATIVE:
				return administrative != ADMINISTRATIVE_EDEFAULT;
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
		result.append(" (rightId: "); //$NON-NLS-1$
		result.append(rightId);
		result.append(", label: "); //$NON-NLS-1$
		result.append(label);
		result.append(", category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", contributor: "); //$NON-NLS-1$
		result.append(contributor);
		result.append(", administrative: "); //$NON-NLS-1$
		result.append(administrative);
		result.append(')');
		return result.toString();
	}

} //RightImpl
