/**
 */
package org.castellan.model.impl;

import java.util.Collection;

import org.castellan.model.CastellanPackage;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DimensionGrant;
import org.castellan.model.MeasureGrant;

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
 * An implementation of the model object '<em><b>Data Model Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.DataModelGrantImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.castellan.model.impl.DataModelGrantImpl#getMeasureGrants <em>Measure Grants</em>}</li>
 *   <li>{@link org.castellan.model.impl.DataModelGrantImpl#getDimensionGrants <em>Dimension Grants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataModelGrantImpl extends EntityImpl implements DataModelGrant {
	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected DataModel model;

	/**
	 * The cached value of the '{@link #getMeasureGrants() <em>Measure Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasureGrant> measureGrants;

	/**
	 * The cached value of the '{@link #getDimensionGrants() <em>Dimension Grants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensionGrants()
	 * @generated
	 * @ordered
	 */
	protected EList<DimensionGrant> dimensionGrants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataModelGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.DATA_MODEL_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataModel getModel() {
		if (model != null && model.eIsProxy()) {
			InternalEObject oldModel = (InternalEObject)model;
			model = (DataModel)eResolveProxy(oldModel);
			if (model != oldModel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CastellanPackage.DATA_MODEL_GRANT__MODEL, oldModel, model));
			}
		}
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataModel basicGetModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(DataModel newModel) {
		DataModel oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.DATA_MODEL_GRANT__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasureGrant> getMeasureGrants() {
		if (measureGrants == null) {
			measureGrants = new EObjectContainmentEList<MeasureGrant>(MeasureGrant.class, this, CastellanPackage.DATA_MODEL_GRANT__MEASURE_GRANTS);
		}
		return measureGrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DimensionGrant> getDimensionGrants() {
		if (dimensionGrants == null) {
			dimensionGrants = new EObjectContainmentEList<DimensionGrant>(DimensionGrant.class, this, CastellanPackage.DATA_MODEL_GRANT__DIMENSION_GRANTS);
		}
		return dimensionGrants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CastellanPackage.DATA_MODEL_GRANT__MEASURE_GRANTS:
				return ((InternalEList<?>)getMeasureGrants()).basicRemove(otherEnd, msgs);
			case CastellanPackage.DATA_MODEL_GRANT__DIMENSION_GRANTS:
				return ((InternalEList<?>)getDimensionGrants()).basicRemove(otherEnd, msgs);
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
			case CastellanPackage.DATA_MODEL_GRANT__MODEL:
				if (resolve) return getModel();
				return basicGetModel();
			case CastellanPackage.DATA_MODEL_GRANT__MEASURE_GRANTS:
				return getMeasureGrants();
			case CastellanPackage.DATA_MODEL_GRANT__DIMENSION_GRANTS:
				return getDimensionGrants();
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
			case CastellanPackage.DATA_MODEL_GRANT__MODEL:
				setModel((DataModel)newValue);
				return;
			case CastellanPackage.DATA_MODEL_GRANT__MEASURE_GRANTS:
				getMeasureGrants().clear();
				getMeasureGrants().addAll((Collection<? extends MeasureGrant>)newValue);
				return;
			case CastellanPackage.DATA_MODEL_GRANT__DIMENSION_GRANTS:
				getDimensionGrants().clear();
				getDimensionGrants().addAll((Collection<? extends DimensionGrant>)newValue);
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
			case CastellanPackage.DATA_MODEL_GRANT__MODEL:
				setModel((DataModel)null);
				return;
			case CastellanPackage.DATA_MODEL_GRANT__MEASURE_GRANTS:
				getMeasureGrants().clear();
				return;
			case CastellanPackage.DATA_MODEL_GRANT__DIMENSION_GRANTS:
				getDimensionGrants().clear();
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
			case CastellanPackage.DATA_MODEL_GRANT__MODEL:
				return model != null;
			case CastellanPackage.DATA_MODEL_GRANT__MEASURE_GRANTS:
				return measureGrants != null && !measureGrants.isEmpty();
			case CastellanPackage.DATA_MODEL_GRANT__DIMENSION_GRANTS:
				return dimensionGrants != null && !dimensionGrants.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DataModelGrantImpl
