/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dimension of a data model, with its (possibly hierarchical) members.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Dimension#getUniqueName <em>Unique Name</em>}</li>
 *   <li>{@link org.castellan.model.Dimension#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.castellan.model.Dimension#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getDimension()
 * @model annotation="http://castellan.org/store table='dimensions' label='uniqueName'"
 * @generated
 */
public interface Dimension extends Entity {
	/**
	 * Returns the value of the '<em><b>Unique Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name in the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unique Name</em>' attribute.
	 * @see #setUniqueName(String)
	 * @see org.castellan.model.CastellanPackage#getDimension_UniqueName()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='400'"
	 * @generated
	 */
	String getUniqueName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Dimension#getUniqueName <em>Unique Name</em>}' attribute.
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
	 * @see org.castellan.model.CastellanPackage#getDimension_Caption()
	 * @model annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.castellan.model.Dimension#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level members, when a program builds a dimension to register it (the store keeps members as rows, see Member).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getDimension_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<Member> getMembers();

} // Dimension
