/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure allowed or refused by a data right.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.MeasureGrant#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.castellan.model.MeasureGrant#isAllowed <em>Allowed</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getMeasureGrant()
 * @model annotation="http://castellan.org/store table='measure_grants'"
 * @generated
 */
public interface MeasureGrant extends Entity {
	/**
	 * Returns the value of the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' reference.
	 * @see #setMeasure(Measure)
	 * @see org.castellan.model.CastellanPackage#getMeasureGrant_Measure()
	 * @model required="true"
	 * @generated
	 */
	Measure getMeasure();

	/**
	 * Sets the value of the '{@link org.castellan.model.MeasureGrant#getMeasure <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(Measure value);

	/**
	 * Returns the value of the '<em><b>Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the measure is allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed</em>' attribute.
	 * @see #setAllowed(boolean)
	 * @see org.castellan.model.CastellanPackage#getMeasureGrant_Allowed()
	 * @model
	 * @generated
	 */
	boolean isAllowed();

	/**
	 * Sets the value of the '{@link org.castellan.model.MeasureGrant#isAllowed <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed</em>' attribute.
	 * @see #isAllowed()
	 * @generated
	 */
	void setAllowed(boolean value);

} // MeasureGrant
