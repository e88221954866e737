/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Principal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone rights can be given to: a user or a group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Principal#getRoleAssignments <em>Role Assignments</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getPrincipal()
 * @model abstract="true"
 * @generated
 */
public interface Principal extends Entity {
	/**
	 * Returns the value of the '<em><b>Role Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.RoleAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles given directly to this principal, each with the date it was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role Assignments</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getPrincipal_RoleAssignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoleAssignment> getRoleAssignments();

} // Principal
