/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Installation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One installation of the business software: the root of everything Castellan administers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Installation#getName <em>Name</em>}</li>
 *   <li>{@link org.castellan.model.Installation#isCentral <em>Central</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getCompanies <em>Companies</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getUsers <em>Users</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getRights <em>Rights</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getObjects <em>Objects</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getDataModels <em>Data Models</em>}</li>
 *   <li>{@link org.castellan.model.Installation#getDataRights <em>Data Rights</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getInstallation()
 * @model annotation="http://castellan.org/store table='installation' label='name'"
 * @generated
 */
public interface Installation extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown to administrators (the pharmacy, the firm, the site).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.castellan.model.CastellanPackage#getInstallation_Name()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='120'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.castellan.model.Installation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Central</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a central installation that ships configuration to its centres; false for a centre or a stand-alone installation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Central</em>' attribute.
	 * @see #setCentral(boolean)
	 * @see org.castellan.model.CastellanPackage#getInstallation_Central()
	 * @model annotation="http://castellan.org/store column='is_central'"
	 * @generated
	 */
	boolean isCentral();

	/**
	 * Sets the value of the '{@link org.castellan.model.Installation#isCentral <em>Central</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Central</em>' attribute.
	 * @see #isCentral()
	 * @generated
	 */
	void setCentral(boolean value);

	/**
	 * Returns the value of the '<em><b>Companies</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Company}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tenants the users work in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Companies</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_Companies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Company> getCompanies();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accounts of people (and of the guest).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of users.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles: named sets of rights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Rights</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Right}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rights known to the installation, contributed by bundles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rights</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_Rights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Right> getRights();

	/**
	 * Returns the value of the '<em><b>Objects</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.RepositoryObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top of the folder and report tree.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objects</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_Objects()
	 * @model containment="true"
	 * @generated
	 */
	EList<RepositoryObject> getObjects();

	/**
	 * Returns the value of the '<em><b>Data Models</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.DataModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data models whose measures and dimensions data rights restrict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Models</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_DataModels()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataModel> getDataModels();

	/**
	 * Returns the value of the '<em><b>Data Rights</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.DataRight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data rights: roles restricting measures and dimension members of data models.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Rights</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getInstallation_DataRights()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataRight> getDataRights();

} // Installation
