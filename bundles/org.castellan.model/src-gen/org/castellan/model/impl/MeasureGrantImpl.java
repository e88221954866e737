/**
 */
package org.castellan.model.impl;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.MeasureGrantImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.castellan.model.impl.MeasureGrantImpl#isAllowed <em>Allowed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureGrantImpl extends EntityImpl implements MeasureGrant {
	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected Measure measure;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.MEASURE_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure getMeasure() {
		if (measure != null && measure.eIsProxy()) {
			InternalEObject oldMeasure = (InternalEObject)measure;
			measure = (Measure)eResolveProxy(oldMeasure);
			if (measure != oldMeasure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.MEASURE_GRANT__MEASURE, oldMeasure, measure));
			}
		}
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Measure basicGetMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(Measure newMeasure) {
		Measure oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.MEASURE_GRANT__MEASURE, oldMeasure, measure));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.MEASURE_GRANT__ALLOWED, oldAllowed, allowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.MEASURE_GRANT__MEASURE:
				if (resolve) return getMeasure();
				return basicGetMeasure();
			case CastellanPackage.MEASURE_GRANT__ALLOWED:
				return isAllowed();
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
			case CastellanPackage.MEASURE_GRANT__MEASURE:
				setMeasure((Measure)newValue);
				return;
			case CastellanPackage.MEASURE_GRANT__ALLOWED:
				setAllowed((Boolean)newValue);
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
			case CastellanPackage.MEASURE_GRANT__MEASURE:
				setMeasure((Measure)null);
				return;
			case CastellanPackage.MEASURE_GRANT__ALLOWED:
				setAllowed(ALLOWED_EDEFAULT);
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
			case CastellanPackage.MEASURE_GRANT__MEASURE:
				return measure != null;
			case CastellanPackage.MEASURE_GRANT__ALLOWED:
				return allowed != ALLOWED_EDEFAULT;
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
		result.append(')');
		return result.toString();
	}

} //MeasureGrantImpl
