/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimension Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dimension allowed or refused by a data right, optionally filtered to some of its members.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.DimensionGrant#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.castellan.model.DimensionGrant#isAllowed <em>Allowed</em>}</li>
 *   <li>{@link org.castellan.model.DimensionGrant#getMemberUniqueNames <em>Member Unique Names</em>}</li>
 *   <li>{@link org.castellan.model.DimensionGrant#isIncludeDescendants <em>Include Descendants</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getDimensionGrant()
 * @model annotation="http://castellan.org/store table='dimension_grants'"
 * @generated
 */
public interface DimensionGrant extends Entity {
	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(Dimension)
	 * @see org.castellan.model.CastellanPackage#getDimensionGrant_Dimension()
	 * @model required="true"
	 * @generated
	 */
	Dimension getDimension();

	/**
	 * Sets the value of the '{@link org.castellan.model.DimensionGrant#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(Dimension value);

	/**
	 * Returns the value of the '<em><b>Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the dimension is allowed at all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed</em>' attribute.
	 * @see #setAllowed(boolean)
	 * @see org.castellan.model.CastellanPackage#getDimensionGrant_Allowed()
	 * @model
	 * @generated
	 */
	boolean isAllowed();

	/**
	 * Sets the value of the '{@link org.castellan.model.DimensionGrant#isAllowed <em>Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allowed</em>' attribute.
	 * @see #isAllowed()
	 * @generated
	 */
	void setAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Member Unique Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique names of the selected members; may name members not yet loaded. Empty means every member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Unique Names</em>' attribute list.
	 * @see org.castellan.model.CastellanPackage#getDimensionGrant_MemberUniqueNames()
	 * @model annotation="http://castellan.org/store table='dimension_grant_members' length='400'"
	 * @generated
	 */
	EList<String> getMemberUniqueNames();

	/**
	 * Returns the value of the '<em><b>Include Descendants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Eraser option: the selected members mean everything below them, including members added later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Include Descendants</em>' attribute.
	 * @see #setIncludeDescendants(boolean)
	 * @see org.castellan.model.CastellanPackage#getDimensionGrant_IncludeDescendants()
	 * @model
	 * @generated
	 */
	boolean isIncludeDescendants();

	/**
	 * Sets the value of the '{@link org.castellan.model.DimensionGrant#isIncludeDescendants <em>Include Descendants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Descendants</em>' attribute.
	 * @see #isIncludeDescendants()
	 * @generated
	 */
	void setIncludeDescendants(boolean value);

} // DimensionGrant
