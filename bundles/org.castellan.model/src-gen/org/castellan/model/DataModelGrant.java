/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Model Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a data right allows in one data model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.DataModelGrant#getModel <em>Model</em>}</li>
 *   <li>{@link org.castellan.model.DataModelGrant#getMeasureGrants <em>Measure Grants</em>}</li>
 *   <li>{@link org.castellan.model.DataModelGrant#getDimensionGrants <em>Dimension Grants</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getDataModelGrant()
 * @model annotation="http://castellan.org/store table='data_model_grants'"
 * @generated
 */
public interface DataModelGrant extends Entity {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' reference.
	 * @see #setModel(DataModel)
	 * @see org.castellan.model.CastellanPackage#getDataModelGrant_Model()
	 * @model required="true"
	 * @generated
	 */
	DataModel getModel();

	/**
	 * Sets the value of the '{@link org.castellan.model.DataModelGrant#getModel <em>Model</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(DataModel value);

	/**
	 * Returns the value of the '<em><b>Measure Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.MeasureGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measures allowed or refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure Grants</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDataModelGrant_MeasureGrants()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasureGrant> getMeasureGrants();

	/**
	 * Returns the value of the '<em><b>Dimension Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.DimensionGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensions allowed or refused, possibly filtered to members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimension Grants</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDataModelGrant_DimensionGrants()
	 * @model containment="true"
	 * @generated
	 */
	EList<DimensionGrant> getDimensionGrants();

} // DataModelGrant
