/**
 */
package org.castellan.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user's membership of a group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Membership#getGroup <em>Group</em>}</li>
 *   <li>{@link org.castellan.model.Membership#getGrantedAt <em>Granted At</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getMembership()
 * @model annotation="http://castellan.org/store table='memberships'"
 * @generated
 */
public interface Membership extends Entity {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(Group)
	 * @see org.castellan.model.CastellanPackage#getMembership_Group()
	 * @model required="true"
	 * @generated
	 */
	Group getGroup();

	/**
	 * Sets the value of the '{@link org.castellan.model.Membership#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(Group value);

	/**
	 * Returns the value of the '<em><b>Granted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the membership was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted At</em>' attribute.
	 * @see #setGrantedAt(Date)
	 * @see org.castellan.model.CastellanPackage#getMembership_GrantedAt()
	 * @model
	 * @generated
	 */
	Date getGrantedAt();

	/**
	 * Sets the value of the '{@link org.castellan.model.Membership#getGrantedAt <em>Granted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted At</em>' attribute.
	 * @see #getGrantedAt()
	 * @generated
	 */
	void setGrantedAt(Date value);

} // Membership
