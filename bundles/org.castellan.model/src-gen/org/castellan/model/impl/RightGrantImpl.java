/**
 */
package org.castellan.model.impl;

import java.util.Date;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Right Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.RightGrantImpl#getRight <em>Right</em>}</li>
 *   <li>{@link org.castellan.model.impl.RightGrantImpl#getGrantedAt <em>Granted At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RightGrantImpl extends EntityImpl implements RightGrant {
	/**
	 * The cached value of the '{@link #getRight() <em>Right</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRight()
	 * @generated
	 * @ordered
	 */
	protected Right right;

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
	protected RightGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.RIGHT_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Right getRight() {
		if (right != null && right.eIsProxy()) {
			InternalEObject oldRight = (InternalEObject)right;
			right = (Right)eResolveProxy(oldRight);
			if (right != oldRight) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.RIGHT_GRANT__RIGHT, oldRight, right));
			}
		}
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Right basicGetRight() {
		return right;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRight(Right newRight) {
		Right oldRight = right;
		right = newRight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT_GRANT__RIGHT, oldRight, right));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.RIGHT_GRANT__GRANTED_AT, oldGrantedAt, grantedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.RIGHT_GRANT__RIGHT:
				if (resolve) return getRight();
				return basicGetRight();
			case CastellanPackage.RIGHT_GRANT__GRANTED_AT:
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
			case CastellanPackage.RIGHT_GRANT__RIGHT:
				setRight((Right)newValue);
				return;
			case CastellanPackage.RIGHT_GRANT__GRANTED_AT:
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
			case CastellanPackage.RIGHT_GRANT__RIGHT:
				setRight((Right)null);
				return;
			case CastellanPackage.RIGHT_GRANT__GRANTED_AT:
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
			case CastellanPackage.RIGHT_GRANT__RIGHT:
				return right != null;
			case CastellanPackage.RIGHT_GRANT__GRANTED_AT:
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

} //RightGrantImpl
