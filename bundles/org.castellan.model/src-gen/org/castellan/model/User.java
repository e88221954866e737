/**
 */
package org.castellan.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person (or the guest) who logs in to the installation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.User#getLogin <em>Login</em>}</li>
 *   <li>{@link org.castellan.model.User#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.castellan.model.User#getEmail <em>Email</em>}</li>
 *   <li>{@link org.castellan.model.User#isExternal <em>External</em>}</li>
 *   <li>{@link org.castellan.model.User#isDomain <em>Domain</em>}</li>
 *   <li>{@link org.castellan.model.User#isGuest <em>Guest</em>}</li>
 *   <li>{@link org.castellan.model.User#getAuthorizationLevel <em>Authorization Level</em>}</li>
 *   <li>{@link org.castellan.model.User#getCompanies <em>Companies</em>}</li>
 *   <li>{@link org.castellan.model.User#getAdministeredCompanies <em>Administered Companies</em>}</li>
 *   <li>{@link org.castellan.model.User#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.castellan.model.User#getPasswordChangedAt <em>Password Changed At</em>}</li>
 *   <li>{@link org.castellan.model.User#getSessionPolicy <em>Session Policy</em>}</li>
 *   <li>{@link org.castellan.model.User#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.castellan.model.User#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getUser()
 * @model annotation="http://castellan.org/store table='users' label='login'"
 * @generated
 */
public interface User extends Principal {
	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Login as typed; case-sensitive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.castellan.model.CastellanPackage#getUser_Login()
	 * @model required="true"
	 *        annotation="http://castellan.org/store length='64'"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name shown in lists and journals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.castellan.model.CastellanPackage#getUser_DisplayName()
	 * @model annotation="http://castellan.org/store length='120'"
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.castellan.model.CastellanPackage#getUser_Email()
	 * @model annotation="http://castellan.org/store length='254'"
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * External user (a customer or partner): listed apart and not counted against licence seats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External</em>' attribute.
	 * @see #setExternal(boolean)
	 * @see org.castellan.model.CastellanPackage#getUser_External()
	 * @model annotation="http://castellan.org/store column='is_external'"
	 * @generated
	 */
	boolean isExternal();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#isExternal <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' attribute.
	 * @see #isExternal()
	 * @generated
	 */
	void setExternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domain user: the login is restricted to the installation's allowed character set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(boolean)
	 * @see org.castellan.model.CastellanPackage#getUser_Domain()
	 * @model annotation="http://castellan.org/store column='is_domain'"
	 * @generated
	 */
	boolean isDomain();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#isDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #isDomain()
	 * @generated
	 */
	void setDomain(boolean value);

	/**
	 * Returns the value of the '<em><b>Guest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The built-in guest: the user someone is when logging in without a password. It has no password, holds the rights of its roles like anyone else, and is not counted against licence seats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest</em>' attribute.
	 * @see #setGuest(boolean)
	 * @see org.castellan.model.CastellanPackage#getUser_Guest()
	 * @model annotation="http://castellan.org/store column='is_guest'"
	 * @generated
	 */
	boolean isGuest();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#isGuest <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest</em>' attribute.
	 * @see #isGuest()
	 * @generated
	 */
	void setGuest(boolean value);

	/**
	 * Returns the value of the '<em><b>Authorization Level</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authorization level, 0 (lowest) to 9: menu options above it do not exist for the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authorization Level</em>' attribute.
	 * @see #setAuthorizationLevel(int)
	 * @see org.castellan.model.CastellanPackage#getUser_AuthorizationLevel()
	 * @model default="0" dataType="org.castellan.model.AuthorizationLevel"
	 * @generated
	 */
	int getAuthorizationLevel();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getAuthorizationLevel <em>Authorization Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authorization Level</em>' attribute.
	 * @see #getAuthorizationLevel()
	 * @generated
	 */
	void setAuthorizationLevel(int value);

	/**
	 * Returns the value of the '<em><b>Companies</b></em>' reference list.
	 * The list contents are of type {@link org.castellan.model.Company}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The companies the user may work in; empty: every company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Companies</em>' reference list.
	 * @see org.castellan.model.CastellanPackage#getUser_Companies()
	 * @model annotation="http://castellan.org/store table='user_companies'"
	 * @generated
	 */
	EList<Company> getCompanies();

	/**
	 * Returns the value of the '<em><b>Administered Companies</b></em>' reference list.
	 * The list contents are of type {@link org.castellan.model.Company}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a security administrator, the companies whose sessions and bans he administers; empty: all of them (a global administrator).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Administered Companies</em>' reference list.
	 * @see org.castellan.model.CastellanPackage#getUser_AdministeredCompanies()
	 * @model annotation="http://castellan.org/store table='user_administered_companies'"
	 * @generated
	 */
	EList<Company> getAdministeredCompanies();

	/**
	 * Returns the value of the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Encoded password hash with its parameters (Argon2id); empty only for the guest. Never a clear password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Hash</em>' attribute.
	 * @see #setPasswordHash(String)
	 * @see org.castellan.model.CastellanPackage#getUser_PasswordHash()
	 * @model annotation="http://castellan.org/store length='512'"
	 * @generated
	 */
	String getPasswordHash();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getPasswordHash <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Hash</em>' attribute.
	 * @see #getPasswordHash()
	 * @generated
	 */
	void setPasswordHash(String value);

	/**
	 * Returns the value of the '<em><b>Password Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the password was last set, by its owner or an administrator; the start of its expiry period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Changed At</em>' attribute.
	 * @see #setPasswordChangedAt(Date)
	 * @see org.castellan.model.CastellanPackage#getUser_PasswordChangedAt()
	 * @model
	 * @generated
	 */
	Date getPasswordChangedAt();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getPasswordChangedAt <em>Password Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Changed At</em>' attribute.
	 * @see #getPasswordChangedAt()
	 * @generated
	 */
	void setPasswordChangedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Session Policy</b></em>' attribute.
	 * The default value is <code>"normal"</code>.
	 * The literals are from the enumeration {@link org.castellan.model.SessionPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a session of this user lasts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Policy</em>' attribute.
	 * @see org.castellan.model.SessionPolicy
	 * @see #setSessionPolicy(SessionPolicy)
	 * @see org.castellan.model.CastellanPackage#getUser_SessionPolicy()
	 * @model default="normal"
	 * @generated
	 */
	SessionPolicy getSessionPolicy();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#getSessionPolicy <em>Session Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Policy</em>' attribute.
	 * @see org.castellan.model.SessionPolicy
	 * @see #getSessionPolicy()
	 * @generated
	 */
	void setSessionPolicy(SessionPolicy value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A disabled user cannot log in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.castellan.model.CastellanPackage#getUser_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.castellan.model.User#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Memberships</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.Membership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups this user belongs to, each with the date it was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memberships</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getUser_Memberships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Membership> getMemberships();

} // User
