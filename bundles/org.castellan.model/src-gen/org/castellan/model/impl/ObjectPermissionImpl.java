/**
 */
package org.castellan.model.impl;

import org.castellan.model.CastellanPackage;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Object Permission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.ObjectPermissionImpl#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.castellan.model.impl.ObjectPermissionImpl#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectPermissionImpl extends EntityImpl implements ObjectPermission {
	/**
	 * The cached value of the '{@link #getPrincipal() <em>Principal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipal()
	 * @generated
	 * @ordered
	 */
	protected Principal principal;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final PermissionLevel LEVEL_EDEFAULT = PermissionLevel.NO_ACCESS;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected PermissionLevel level = LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectPermissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.OBJECT_PERMISSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Principal getPrincipal() {
		if (principal != null && principal.eIsProxy()) {
			InternalEObject oldPrincipal = (InternalEObject)principal;
			principal = (Principal)eResolveProxy(oldPrincipal);
			if (principal != oldPrincipal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.OBJECT_PERMISSION__PRINCIPAL, oldPrincipal, principal));
			}
		}
		return principal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Principal basicGetPrincipal() {
		return principal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipal(Principal newPrincipal) {
		Principal oldPrincipal = principal;
		principal = newPrincipal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.OBJECT_PERMISSION__PRINCIPAL, oldPrincipal, principal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermissionLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(PermissionLevel newLevel) {
		PermissionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.OBJECT_PERMISSION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.OBJECT_PERMISSION__PRINCIPAL:
				if (resolve) return getPrincipal();
				return basicGetPrincipal();
			case CastellanPackage.OBJECT_PERMISSION__LEVEL:
				return getLevel();
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
			case CastellanPackage.OBJECT_PERMISSION__PRINCIPAL:
				setPrincipal((Principal)newValue);
				return;
			case CastellanPackage.OBJECT_PERMISSION__LEVEL:
				setLevel((PermissionLevel)newValue);
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
			case CastellanPackage.OBJECT_PERMISSION__PRINCIPAL:
				setPrincipal((Principal)null);
				return;
			case CastellanPackage.OBJECT_PERMISSION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
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
			case CastellanPackage.OBJECT_PERMISSION__PRINCIPAL:
				return principal != null;
			case CastellanPackage.OBJECT_PERMISSION__LEVEL:
				return level != LEVEL_EDEFAULT;
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
		result.append(" (level: "); //$NON-NLS-1$
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //ObjectPermissionImpl
