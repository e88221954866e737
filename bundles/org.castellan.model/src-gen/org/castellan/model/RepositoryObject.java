/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repository Object</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder, a report or another object of the host application that permissions apply to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.RepositoryObject#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.RepositoryObject#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getRepositoryObject()
 * @model abstract="true"
 *        annotation="http://castellan.org/store table='repository_objects' label='name'"
 * @generated
 */
public interface RepositoryObject extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown in the tree.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getRepositoryObject_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.RepositoryObject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.ObjectPermission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permission levels set on this very object.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Permissions</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getRepositoryObject_Permissions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ObjectPermission> getPermissions();

} // RepositoryObject
