/**
 */
package org.castellan.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role given to a user or a group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.RoleAssignment#getRole <em>Role</em>}</li>
 *   <li>{@link org.castellan.model.RoleAssignment#getGrantedAt <em>Granted At</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getRoleAssignment()
 * @model annotation="http://castellan.org/store table='role_assignments'"
 * @generated
 */
public interface RoleAssignment extends Entity {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(Role)
	 * @see org.castellan.model.CastellanPackage#getRoleAssignment_Role()
	 * @model required="true"
	 * @generated
	 */
	Role getRole();

	/**
	 * Sets the value of the '{@link org.castellan.model.RoleAssignment#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(Role value);

	/**
	 * Returns the value of the '<em><b>Granted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the role was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted At</em>' attribute.
	 * @see #setGrantedAt(Date)
	 * @see org.castellan.model.CastellanPackage#getRoleAssignment_GrantedAt()
	 * @model
	 * @generated
	 */
	Date getGrantedAt();

	/**
	 * Sets the value of the '{@link org.castellan.model.RoleAssignment#getGrantedAt <em>Granted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted At</em>' attribute.
	 * @see #getGrantedAt()
	 * @generated
	 */
	void setGrantedAt(Date value);

} // RoleAssignment
