/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Right</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Permission to use a function of the software, contributed by a bundle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Right#getRightId <em>Right Id</em>}</li>
 *   <li>{@link org.castellan.model.Right#getLabel <em>Label</em>}</li>
 *   <li>{@link org.castellan.model.Right#getCategory <em>Category</em>}</li>
 *   <li>{@link org.castellan.model.Right#getDescription <em>Description</em>}</li>
 *   <li>{@link org.castellan.model.Right#getContributor <em>Contributor</em>}</li>
 *   <li>{@link org.castellan.model.Right#isAdministrative <em>Administrative</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getRight()
 * @model annotation="http://castellan.org/store table='rights' label='rightId'"
 * @generated
 */
public interface Right extends Entity {
	/**
	 * Returns the value of the '<em><b>Right Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier as contributed, for example org.castellan.security.administer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Right Id</em>' attribute.
	 * @see #setRightId(String)
	 * @see org.castellan.model.CastellanPackage#getRight_RightId()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getRightId();

	/**
	 * Sets the value of the '{@link org.castellan.model.Right#getRightId <em>Right Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Right Id</em>' attribute.
	 * @see #getRightId()
	 * @generated
	 */
	void setRightId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown to administrators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.castellan.model.CastellanPackage#getRight_Label()
	 * @model annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.castellan.model.Right#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category the right is listed under.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.castellan.model.CastellanPackage#getRight_Category()
	 * @model annotation="http://castellan.org/store length='120'"
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.castellan.model.Right#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the right allows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.castellan.model.CastellanPackage#getRight_Description()
	 * @model annotation="http://castellan.org/store length='1024'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.castellan.model.Right#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Contributor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbolic name of the contributing bundle; kept when that bundle is uninstalled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributor</em>' attribute.
	 * @see #setContributor(String)
	 * @see org.castellan.model.CastellanPackage#getRight_Contributor()
	 * @model annotation="http://castellan.org/store length='200'"
	 * @generated
	 */
	String getContributor();

	/**
	 * Sets the value of the '{@link org.castellan.model.Right#getContributor <em>Contributor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contributor</em>' attribute.
	 * @see #getContributor()
	 * @generated
	 */
	void setContributor(String value);

	/**
	 * Returns the value of the '<em><b>Administrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the right administers the installation (security, sessions, backups...): the built-in guest never holds it. As declared by its bundle; kept when that bundle is uninstalled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Administrative</em>' attribute.
	 * @see #setAdministrative(boolean)
	 * @see org.castellan.model.CastellanPackage#getRight_Administrative()
	 * @model annotation="http://castellan.org/store column='is_administrative'"
	 * @generated
	 */
	boolean isAdministrative();

	/**
	 * Sets the value of the '{@link org.castellan.model.Right#isAdministrative <em>Administrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Administrative</em>' attribute.
	 * @see #isAdministrative()
	 * @generated
	 */
	void setAdministrative(boolean value);

} // Right
