/**
 */
package org.castellan.model.impl;

import java.util.Collection;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dimension Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.DimensionGrantImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.castellan.model.impl.DimensionGrantImpl#isAllowed <em>Allowed</em>}</li>
 *   <li>{@link org.castellan.model.impl.DimensionGrantImpl#getMemberUniqueNames <em>Member Unique Names</em>}</li>
 *   <li>{@link org.castellan.model.impl.DimensionGrantImpl#isIncludeDescendants <em>Include Descendants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DimensionGrantImpl extends EntityImpl implements DimensionGrant {
	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected Dimension dimension;

	/**
	 * The default value of the '{@link #isAllowed() <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowed() <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean allowed = ALLOWED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMemberUniqueNames() <em>Member Unique Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberUniqueNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> memberUniqueNames;

	/**
	 * The default value of the '{@link #isIncludeDescendants() <em>Include Descendants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeDescendants()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCLUDE_DESCENDANTS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncludeDescendants() <em>Include Descendants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeDescendants()
	 * @generated
	 * @ordered
	 */
	protected boolean includeDescendants = INCLUDE_DESCENDANTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DimensionGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.DIMENSION_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension getDimension() {
		if (dimension != null && dimension.eIsProxy()) {
			InternalEObject oldDimension = (InternalEObject)dimension;
			dimension = (Dimension)eResolveProxy(oldDimension);
			if (dimension != oldDimension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.DIMENSION_GRANT__DIMENSION, oldDimension, dimension));
			}
		}
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dimension basicGetDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(Dimension newDimension) {
		Dimension oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.DIMENSION_GRANT__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowed() {
		return allowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowed(boolean newAllowed) {
		boolean oldAllowed = allowed;
		allowed = newAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.DIMENSION_GRANT__ALLOWED, oldAllowed, allowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMemberUniqueNames() {
		if (memberUniqueNames == null) {
			memberUniqueNames = new EDataTypeUniqueEList<String>(String.class, this, CastellanPackage.DIMENSION_GRANT__MEMBER_UNIQUE_NAMES);
		}
		return memberUniqueNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeDescendants() {
		return includeDescendants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeDescendants(boolean newIncludeDescendants) {
		boolean oldIncludeDescendants = includeDescendants;
		includeDescendants = newIncludeDescendants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.DIMENSION_GRANT__INCLUDE_DESCENDANTS, oldIncludeDescendants, includeDescendants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.DIMENSION_GRANT__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case CastellanPackage.DIMENSION_GRANT__ALLOWED:
				return isAllowed();
			case CastellanPackage.DIMENSION_GRANT__MEMBER_UNIQUE_NAMES:
				return getMemberUniqueNames();
			case CastellanPackage.DIMENSION_GRANT__INCLUDE_DESCENDANTS:
				return isIncludeDescendants();
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
			case CastellanPackage.DIMENSION_GRANT__DIMENSION:
				setDimension((Dimension)newValue);
				return;
			case CastellanPackage.DIMENSION_GRANT__ALLOWED:
				setAllowed((Boolean)newValue);
				return;
			case CastellanPackage.DIMENSION_GRANT__MEMBER_UNIQUE_NAMES:
				getMemberUniqueNames().clear();
				getMemberUniqueNames().addAll((Collection<? extends String>)newValue);
				return;
			case CastellanPackage.DIMENSION_GRANT__INCLUDE_DESCENDANTS:
				setIncludeDescendants((Boolean)newValue);
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
			case CastellanPackage.DIMENSION_GRANT__DIMENSION:
				setDimension((Dimension)null);
				return;
			case CastellanPackage.DIMENSION_GRANT__ALLOWED:
				setAllowed(ALLOWED_EDEFAULT);
				return;
			case CastellanPackage.DIMENSION_GRANT__MEMBER_UNIQUE_NAMES:
				getMemberUniqueNames().clear();
				return;
			case CastellanPackage.DIMENSION_GRANT__INCLUDE_DESCENDANTS:
				setIncludeDescendants(INCLUDE_DESCENDANTS_EDEFAULT);
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
			case CastellanPackage.DIMENSION_GRANT__DIMENSION:
				return dimension != null;
			case CastellanPackage.DIMENSION_GRANT__ALLOWED:
				return allowed != ALLOWED_EDEFAULT;
			case CastellanPackage.DIMENSION_GRANT__MEMBER_UNIQUE_NAMES:
				return memberUniqueNames != null && !memberUniqueNames.isEmpty();
			case CastellanPackage.DIMENSION_GRANT__INCLUDE_DESCENDANTS:
				return includeDescendants != INCLUDE_DESCENDANTS_EDEFAULT;
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
		result.append(" (allowed: "); //$NON-NLS-1$
		result.append(allowed);
		result.append(", memberUniqueNames: "); //$NON-NLS-1$
		result.append(memberUniqueNames);
		result.append(", includeDescendants: "); //$NON-NLS-1$
		result.append(includeDescendants);
		result.append(')');
		return result.toString();
	}

} //DimensionGrantImpl
