/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Permission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A permission level given to a user or a group on one object.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.ObjectPermission#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.castellan.model.ObjectPermission#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getObjectPermission()
 * @model annotation="http://castellan.org/store table='object_permissions'"
 * @generated
 */
public interface ObjectPermission extends Entity {
	/**
	 * Returns the value of the '<em><b>Principal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user or group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principal</em>' reference.
	 * @see #setPrincipal(Principal)
	 * @see org.castellan.model.CastellanPackage#getObjectPermission_Principal()
	 * @model required="true"
	 * @generated
	 */
	Principal getPrincipal();

	/**
	 * Sets the value of the '{@link org.castellan.model.ObjectPermission#getPrincipal <em>Principal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Principal</em>' reference.
	 * @see #getPrincipal()
	 * @generated
	 */
	void setPrincipal(Principal value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.castellan.model.PermissionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.castellan.model.PermissionLevel
	 * @see #setLevel(PermissionLevel)
	 * @see org.castellan.model.CastellanPackage#getObjectPermission_Level()
	 * @model
	 * @generated
	 */
	PermissionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.castellan.model.ObjectPermission#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.castellan.model.PermissionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(PermissionLevel value);

} // ObjectPermission
