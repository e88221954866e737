/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of a dimension; members nest (year, month, day). Not stored with the model: the store keeps a dimension's members as rows of their own (table members), registered in bulk and read by pages, so that a dimension of millions of members costs nothing to a change that does not touch it; a model read by the store has dimensions without members.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Member#getUniqueName <em>Unique Name</em>}</li>
 *   <li>{@link org.castellan.model.Member#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.castellan.model.Member#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getMember()
 * @model annotation="http://castellan.org/store rows='members' label='uniqueName'"
 * @generated
 */
public interface Member extends Entity {
	/**
	 * Returns the value of the '<em><b>Unique Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name in the dimension (not the caption).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unique Name</em>' attribute.
	 * @see #setUniqueName(String)
	 * @see org.castellan.model.CastellanPackage#getMember_UniqueName()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='400'"
	 * @generated
	 */
	String getUniqueName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Member#getUniqueName <em>Unique Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Name</em>' attribute.
	 * @see #getUniqueName()
	 * @generated
	 */
	void setUniqueName(String value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caption shown to users.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.castellan.model.CastellanPackage#getMember_Caption()
	 * @model annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.castellan.model.Member#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members below this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getMember_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Member> getChildren();

} // Member
