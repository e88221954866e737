/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure of a data model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Measure#getUniqueName <em>Unique Name</em>}</li>
 *   <li>{@link org.castellan.model.Measure#getCaption <em>Caption</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getMeasure()
 * @model annotation="http://castellan.org/store table='measures' label='uniqueName'"
 * @generated
 */
public interface Measure extends Entity {
	/**
	 * Returns the value of the '<em><b>Unique Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name in the model (not the translated caption).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unique Name</em>' attribute.
	 * @see #setUniqueName(String)
	 * @see org.castellan.model.CastellanPackage#getMeasure_UniqueName()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='400'"
	 * @generated
	 */
	String getUniqueName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Measure#getUniqueName <em>Unique Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Name</em>' attribute.
	 * @see #getUniqueName()
	 * @generated
	 */
	void setUniqueName(String value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caption shown to users.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.castellan.model.CastellanPackage#getMeasure_Caption()
	 * @model annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.castellan.model.Measure#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

} // Measure
