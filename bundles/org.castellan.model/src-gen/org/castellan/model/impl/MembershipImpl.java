/**
 */
package org.castellan.model.impl;

import java.util.Date;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Group;
import org.castellan.model.Membership;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.MembershipImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.castellan.model.impl.MembershipImpl#getGrantedAt <em>Granted At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipImpl extends EntityImpl implements Membership {
	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected Group group;

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
	protected MembershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.MEMBERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Group getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (Group)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.MEMBERSHIP__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Group basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(Group newGroup) {
		Group oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.MEMBERSHIP__GROUP, oldGroup, group));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.MEMBERSHIP__GRANTED_AT, oldGrantedAt, grantedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.MEMBERSHIP__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case CastellanPackage.MEMBERSHIP__GRANTED_AT:
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
			case CastellanPackage.MEMBERSHIP__GROUP:
				setGroup((Group)newValue);
				return;
			case CastellanPackage.MEMBERSHIP__GRANTED_AT:
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
			case CastellanPackage.MEMBERSHIP__GROUP:
				setGroup((Group)null);
				return;
			case CastellanPackage.MEMBERSHIP__GRANTED_AT:
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
			case CastellanPackage.MEMBERSHIP__GROUP:
				return group != null;
			case CastellanPackage.MEMBERSHIP__GRANTED_AT:
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

} //MembershipImpl
