/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named set of rights.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Role#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.Role#getDescription <em>Description</em>}</li>
 *   <li>{@link org.castellan.model.Role#isPredefined <em>Predefined</em>}</li>
 *   <li>{@link org.castellan.model.Role#getContributionId <em>Contribution Id</em>}</li>
 *   <li>{@link org.castellan.model.Role#getGrants <em>Grants</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getRole()
 * @model annotation="http://castellan.org/store table='roles' label='name'"
 * @generated
 */
public interface Role extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getRole_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='120'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Role#getName <em>Name</em>}' attribute.
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
	 * What the role is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.castellan.model.CastellanPackage#getRole_Description()
	 * @model annotation="http://castellan.org/store length='1024'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.castellan.model.Role#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Predefined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created from a contribution at first start: it can be copied but not deleted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predefined</em>' attribute.
	 * @see #setPredefined(boolean)
	 * @see org.castellan.model.CastellanPackage#getRole_Predefined()
	 * @model annotation="http://castellan.org/store column='is_predefined'"
	 * @generated
	 */
	boolean isPredefined();

	/**
	 * Sets the value of the '{@link org.castellan.model.Role#isPredefined <em>Predefined</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predefined</em>' attribute.
	 * @see #isPredefined()
	 * @generated
	 */
	void setPredefined(boolean value);

	/**
	 * Returns the value of the '<em><b>Contribution Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the contribution (extension point org.castellan.security.rights) that defines this predefined role; empty for roles made by administrators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contribution Id</em>' attribute.
	 * @see #setContributionId(String)
	 * @see org.castellan.model.CastellanPackage#getRole_ContributionId()
	 * @model annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getContributionId();

	/**
	 * Sets the value of the '{@link org.castellan.model.Role#getContributionId <em>Contribution Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contribution Id</em>' attribute.
	 * @see #getContributionId()
	 * @generated
	 */
	void setContributionId(String value);

	/**
	 * Returns the value of the '<em><b>Grants</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.RightGrant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rights of the role, each with the date it was added.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grants</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getRole_Grants()
	 * @model containment="true"
	 * @generated
	 */
	EList<RightGrant> getGrants();

} // Role
