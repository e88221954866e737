/**
 */
package org.castellan.model.impl;

import java.util.Date;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.RoleAssignmentImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.castellan.model.impl.RoleAssignmentImpl#getGrantedAt <em>Granted At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleAssignmentImpl extends EntityImpl implements RoleAssignment {
	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected Role role;

	/**
	 * The default value of the '{@link #getGrantedAt() <em>Granted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date GRANTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrantedAt() <em>Granted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedAt()
	 * @generated
	 * @ordered
	 */
	protected Date grantedAt = GRANTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.ROLE_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getRole() {
		if (role != null && role.eIsProxy()) {
			InternalEObject oldRole = (InternalEObject)role;
			role = (Role)eResolveProxy(oldRole);
			if (role != oldRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.ROLE_ASSIGNMENT__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(Role newRole) {
		Role oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.ROLE_ASSIGNMENT__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getGrantedAt() {
		return grantedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrantedAt(Date newGrantedAt) {
		Date oldGrantedAt = grantedAt;
		grantedAt = newGrantedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.ROLE_ASSIGNMENT__GRANTED_AT, oldGrantedAt, grantedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.ROLE_ASSIGNMENT__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case CastellanPackage.ROLE_ASSIGNMENT__GRANTED_AT:
				return getGrantedAt();
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
			case CastellanPackage.ROLE_ASSIGNMENT__ROLE:
				setRole((Role)newValue);
				return;
			case CastellanPackage.ROLE_ASSIGNMENT__GRANTED_AT:
				setGrantedAt((Date)newValue);
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
			case CastellanPackage.ROLE_ASSIGNMENT__ROLE:
				setRole((Role)null);
				return;
			case CastellanPackage.ROLE_ASSIGNMENT__GRANTED_AT:
				setGrantedAt(GRANTED_AT_EDEFAULT);
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
			case CastellanPackage.ROLE_ASSIGNMENT__ROLE:
				return role != null;
			case CastellanPackage.ROLE_ASSIGNMENT__GRANTED_AT:
				return GRANTED_AT_EDEFAULT == null ? grantedAt != null : !GRANTED_AT_EDEFAULT.equals(grantedAt);
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
		result.append(" (grantedAt: "); //$NON-NLS-1$
		result.append(grantedAt);
		result.append(')');
		return result.toString();
	}

} //RoleAssignmentImpl
