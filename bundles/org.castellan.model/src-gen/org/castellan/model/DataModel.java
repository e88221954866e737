/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data model of the host application (a cube, a star schema).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.DataModel#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.DataModel#getDescription <em>Description</em>}</li>
 *   <li>{@link org.castellan.model.DataModel#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.castellan.model.DataModel#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.castellan.model.DataModel#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.castellan.model.DataModel#getComponents <em>Components</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getDataModel()
 * @model annotation="http://castellan.org/store table='data_models' label='name'"
 * @generated
 */
public interface DataModel extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getDataModel_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.DataModel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the model holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.castellan.model.CastellanPackage#getDataModel_Description()
	 * @model annotation="http://castellan.org/store length='1024'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.castellan.model.DataModel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measures of the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDataModel_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensions of the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDataModel_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.ModelParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters of a parameterised model; rights are defined on the model evaluated with their default values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDataModel_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.castellan.model.DataModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The models a multi-source model is made of; empty for a model with one source. A model that has carried data rights cannot be a component.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.castellan.model.CastellanPackage#getDataModel_Components()
	 * @model annotation="http://castellan.org/store table='data_model_components'"
	 * @generated
	 */
	EList<DataModel> getComponents();

} // DataModel
