/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Right</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data right: a role restricting what its holders see of one or more data models.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.DataRight#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.DataRight#getDescription <em>Description</em>}</li>
 *   <li>{@link org.castellan.model.DataRight#getHolders <em>Holders</em>}</li>
 *   <li>{@link org.castellan.model.DataRight#getModelGrants <em>Model Grants</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getDataRight()
 * @model annotation="http://castellan.org/store table='data_rights' label='name'"
 * @generated
 */
public interface DataRight extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getDataRight_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.DataRight#getName <em>Name</em>}' attribute.
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
	 * What the right is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.castellan.model.CastellanPackage#getDataRight_Description()
	 * @model annotation="http://castellan.org/store length='1024'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.castellan.model.DataRight#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Holders</b></em>' reference list.
	 * The list contents are of type {@link org.castellan.model.Principal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users and groups holding this data right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holders</em>' reference list.
	 * @see org.castellan.model.CastellanPackage#getDataRight_Holders()
	 * @model annotation="http://castellan.org/store table='data_right_holders'"
	 * @generated
	 */
	EList<Principal> getHolders();

	/**
	 * Returns the value of the '<em><b>Model Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.DataModelGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the right allows in each data model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Grants</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDataRight_ModelGrants()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataModelGrant> getModelGrants();

} // DataRight
