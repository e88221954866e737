/**
 */
package org.castellan.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Right Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A right included in a role.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.RightGrant#getRight <em>Right</em>}</li>
 *   <li>{@link org.castellan.model.RightGrant#getGrantedAt <em>Granted At</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getRightGrant()
 * @model annotation="http://castellan.org/store table='right_grants'"
 * @generated
 */
public interface RightGrant extends Entity {
	/**
	 * Returns the value of the '<em><b>Right</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Right</em>' reference.
	 * @see #setRight(Right)
	 * @see org.castellan.model.CastellanPackage#getRightGrant_Right()
	 * @model required="true"
	 * @generated
	 */
	Right getRight();

	/**
	 * Sets the value of the '{@link org.castellan.model.RightGrant#getRight <em>Right</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right</em>' reference.
	 * @see #getRight()
	 * @generated
	 */
	void setRight(Right value);

	/**
	 * Returns the value of the '<em><b>Granted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the right was added to the role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted At</em>' attribute.
	 * @see #setGrantedAt(Date)
	 * @see org.castellan.model.CastellanPackage#getRightGrant_GrantedAt()
	 * @model
	 * @generated
	 */
	Date getGrantedAt();

	/**
	 * Sets the value of the '{@link org.castellan.model.RightGrant#getGrantedAt <em>Granted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Granted At</em>' attribute.
	 * @see #getGrantedAt()
	 * @generated
	 */
	void setGrantedAt(Date value);

} // RightGrant
