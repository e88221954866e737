/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Company</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tenant (société): a company whose data the users of the installation work in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Company#getCode <em>Code</em>}</li>
 *   <li>{@link org.castellan.model.Company#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.Company#getDataDirectory <em>Data Directory</em>}</li>
 *   <li>{@link org.castellan.model.Company#isArchived <em>Archived</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getCompany()
 * @model annotation="http://castellan.org/store table='companies' label='code'"
 * @generated
 */
public interface Company extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short unique code, as typed at login.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.castellan.model.CastellanPackage#getCompany_Code()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='20'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.castellan.model.Company#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legal or usual name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getCompany_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='120'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Company#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Data Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data directory of the company in the host application, if it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Directory</em>' attribute.
	 * @see #setDataDirectory(String)
	 * @see org.castellan.model.CastellanPackage#getCompany_DataDirectory()
	 * @model annotation="http://castellan.org/store length='1024'"
	 * @generated
	 */
	String getDataDirectory();

	/**
	 * Sets the value of the '{@link org.castellan.model.Company#getDataDirectory <em>Data Directory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Directory</em>' attribute.
	 * @see #getDataDirectory()
	 * @generated
	 */
	void setDataDirectory(String value);

	/**
	 * Returns the value of the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An archived company keeps its history (sessions, bans, journal) but refuses new sessions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Archived</em>' attribute.
	 * @see #setArchived(boolean)
	 * @see org.castellan.model.CastellanPackage#getCompany_Archived()
	 * @model
	 * @generated
	 */
	boolean isArchived();

	/**
	 * Sets the value of the '{@link org.castellan.model.Company#isArchived <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archived</em>' attribute.
	 * @see #isArchived()
	 * @generated
	 */
	void setArchived(boolean value);

} // Company
