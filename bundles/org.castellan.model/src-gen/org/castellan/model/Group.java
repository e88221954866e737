/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of users; roles given to the group are given to every member.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Group#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.Group#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getGroup()
 * @model annotation="http://castellan.org/store table='user_groups' label='name'"
 * @generated
 */
public interface Group extends Principal {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getGroup_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='120'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Group#getName <em>Name</em>}' attribute.
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
	 * What the group is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.castellan.model.CastellanPackage#getGroup_Description()
	 * @model annotation="http://castellan.org/store length='1024'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.castellan.model.Group#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Group
