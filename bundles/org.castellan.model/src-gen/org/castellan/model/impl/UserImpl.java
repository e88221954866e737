/**
 */
package org.castellan.model.impl;

import java.util.Collection;
import java.util.Date;

import org.castellan.model.CastellanPackage;
import org.castellan.model.Company;
import org.castellan.model.Membership;
import org.castellan.model.SessionPolicy;
import org.castellan.model.User;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.impl.UserImpl#getLogin <em>Login</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#isExternal <em>External</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#isDomain <em>Domain</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#isGuest <em>Guest</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getAuthorizationLevel <em>Authorization Level</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getCompanies <em>Companies</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getAdministeredCompanies <em>Administered Companies</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getPasswordHash <em>Password Hash</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getPasswordChangedAt <em>Password Changed At</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getSessionPolicy <em>Session Policy</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.castellan.model.impl.UserImpl#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserImpl extends PrincipalImpl implements User {
	/**
	 * The default value of the '{@link #getLogin() <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogin()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogin() <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogin()
	 * @generated
	 * @ordered
	 */
	protected String login = LOGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected static final String DISPLAY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisplayName() <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplayName()
	 * @generated
	 * @ordered
	 */
	protected String displayName = DISPLAY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXTERNAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExternal() <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExternal()
	 * @generated
	 * @ordered
	 */
	protected boolean external = EXTERNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDomain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOMAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDomain()
	 * @generated
	 * @ordered
	 */
	protected boolean domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #isGuest() <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GUEST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGuest() <em>Guest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuest()
	 * @generated
	 * @ordered
	 */
	protected boolean guest = GUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorizationLevel() <em>Authorization Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorizationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int AUTHORIZATION_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAuthorizationLevel() <em>Authorization Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorizationLevel()
	 * @generated
	 * @ordered
	 */
	protected int authorizationLevel = AUTHORIZATION_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompanies() <em>Companies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanies()
	 * @generated
	 * @ordered
	 */
	protected EList<Company> companies;

	/**
	 * The cached value of the '{@link #getAdministeredCompanies() <em>Administered Companies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministeredCompanies()
	 * @generated
	 * @ordered
	 */
	protected EList<Company> administeredCompanies;

	/**
	 * The default value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordHash() <em>Password Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordHash()
	 * @generated
	 * @ordered
	 */
	protected String passwordHash = PASSWORD_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordChangedAt() <em>Password Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordChangedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date PASSWORD_CHANGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordChangedAt() <em>Password Changed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordChangedAt()
	 * @generated
	 * @ordered
	 */
	protected Date passwordChangedAt = PASSWORD_CHANGED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionPolicy() <em>Session Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final SessionPolicy SESSION_POLICY_EDEFAULT = SessionPolicy.NORMAL;

	/**
	 * The cached value of the '{@link #getSessionPolicy() <em>Session Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionPolicy()
	 * @generated
	 * @ordered
	 */
	protected SessionPolicy sessionPolicy = SESSION_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMemberships() <em>Memberships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberships()
	 * @generated
	 * @ordered
	 */
	protected EList<Membership> memberships;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CastellanPackage.Literals.USER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogin() {
		return login;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogin(String newLogin) {
		String oldLogin = login;
		login = newLogin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__LOGIN, oldLogin, login));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisplayName() {
		return displayName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplayName(String newDisplayName) {
		String oldDisplayName = displayName;
		displayName = newDisplayName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__DISPLAY_NAME, oldDisplayName, displayName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExternal() {
		return external;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternal(boolean newExternal) {
		boolean oldExternal = external;
		external = newExternal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__EXTERNAL, oldExternal, external));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(boolean newDomain) {
		boolean oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGuest() {
		return guest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuest(boolean newGuest) {
		boolean oldGuest = guest;
		guest = newGuest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__GUEST, oldGuest, guest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAuthorizationLevel() {
		return authorizationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorizationLevel(int newAuthorizationLevel) {
		int oldAuthorizationLevel = authorizationLevel;
		authorizationLevel = newAuthorizationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__AUTHORIZATION_LEVEL, oldAuthorizationLevel, authorizationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Company> getCompanies() {
		if (companies == null) {
			companies = new EObjectResolvingEList<Company>(Company.class, this, CastellanPackage.USER__COMPANIES);
		}
		return companies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Company> getAdministeredCompanies() {
		if (administeredCompanies == null) {
			administeredCompanies = new EObjectResolvingEList<Company>(Company.class, this, CastellanPackage.USER__ADMINISTERED_COMPANIES);
		}
		return administeredCompanies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordHash() {
		return passwordHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordHash(String newPasswordHash) {
		String oldPasswordHash = passwordHash;
		passwordHash = newPasswordHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__PASSWORD_HASH, oldPasswordHash, passwordHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPasswordChangedAt() {
		return passwordChangedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordChangedAt(Date newPasswordChangedAt) {
		Date oldPasswordChangedAt = passwordChangedAt;
		passwordChangedAt = newPasswordChangedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__PASSWORD_CHANGED_AT, oldPasswordChangedAt, passwordChangedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionPolicy getSessionPolicy() {
		return sessionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionPolicy(SessionPolicy newSessionPolicy) {
		SessionPolicy oldSessionPolicy = sessionPolicy;
		sessionPolicy = newSessionPolicy == null ? SESSION_POLICY_EDEFAULT : newSessionPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__SESSION_POLICY, oldSessionPolicy, sessionPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CastellanPackage.USER__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Membership> getMemberships() {
		if (memberships == null) {
			memberships = new EObjectContainmentEList<Membership>(Membership.class, this, CastellanPackage.USER__MEMBERSHIPS);
		}
		return memberships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CastellanPackage.USER__MEMBERSHIPS:
				return ((InternalEList<?>)getMemberships()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CastellanPackage.USER__LOGIN:
				return getLogin();
			case CastellanPackage.USER__DISPLAY_NAME:
				return getDisplayName();
			case CastellanPackage.USER__EMAIL:
				return getEmail();
			case CastellanPackage.USER__EXTERNAL:
				return isExternal();
			case CastellanPackage.USER__DOMAIN:
				return isDomain();
			case CastellanPackage.USER__GUEST:
				return isGuest();
			case CastellanPackage.USER__AUTHORIZATION_LEVEL:
				return getAuthorizationLevel();
			case CastellanPackage.USER__COMPANIES:
				return getCompanies();
			case CastellanPackage.USER__ADMINISTERED_COMPANIES:
				return getAdministeredCompanies();
			case CastellanPackage.USER__PASSWORD_HASH:
				return getPasswordHash();
			case CastellanPackage.USER__PASSWORD_CHANGED_AT:
				return getPasswordChangedAt();
			case CastellanPackage.USER__SESSION_POLICY:
				return getSessionPolicy();
			case CastellanPackage.USER__ENABLED:
				return isEnabled();
			case CastellanPackage.USER__MEMBERSHIPS:
				return getMemberships();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CastellanPackage.USER__LOGIN:
				setLogin((String)newValue);
				return;
			case CastellanPackage.USER__DISPLAY_NAME:
				setDisplayName((String)newValue);
				return;
			case CastellanPackage.USER__EMAIL:
				setEmail((String)newValue);
				return;
			case CastellanPackage.USER__EXTERNAL:
				setExternal((Boolean)newValue);
				return;
			case CastellanPackage.USER__DOMAIN:
				setDomain((Boolean)newValue);
				return;
			case CastellanPackage.USER__GUEST:
				setGuest((Boolean)newValue);
				return;
			case CastellanPackage.USER__AUTHORIZATION_LEVEL:
				setAuthorizationLevel((Integer)newValue);
				return;
			case CastellanPackage.USER__COMPANIES:
				getCompanies().clear();
				getCompanies().addAll((Collection<? extends Company>)newValue);
				return;
			case CastellanPackage.USER__ADMINISTERED_COMPANIES:
				getAdministeredCompanies().clear();
				getAdministeredCompanies().addAll((Collection<? extends Company>)newValue);
				return;
			case CastellanPackage.USER__PASSWORD_HASH:
				setPasswordHash((String)newValue);
				return;
			case CastellanPackage.USER__PASSWORD_CHANGED_AT:
				setPasswordChangedAt((Date)newValue);
				return;
			case CastellanPackage.USER__SESSION_POLICY:
				setSessionPolicy((SessionPolicy)newValue);
				return;
			case CastellanPackage.USER__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case CastellanPackage.USER__MEMBERSHIPS:
				getMemberships().clear();
				getMemberships().addAll((Collection<? extends Membership>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CastellanPackage.USER__LOGIN:
				setLogin(LOGIN_EDEFAULT);
				return;
			case CastellanPackage.USER__DISPLAY_NAME:
				setDisplayName(DISPLAY_NAME_EDEFAULT);
				return;
			case CastellanPackage.USER__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case CastellanPackage.USER__EXTERNAL:
				setExternal(EXTERNAL_EDEFAULT);
				return;
			case CastellanPackage.USER__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case CastellanPackage.USER__GUEST:
				setGuest(GUEST_EDEFAULT);
				return;
			case CastellanPackage.USER__AUTHORIZATION_LEVEL:
				setAuthorizationLevel(AUTHORIZATION_LEVEL_EDEFAULT);
				return;
			case CastellanPackage.USER__COMPANIES:
				getCompanies().clear();
				return;
			case CastellanPackage.USER__ADMINISTERED_COMPANIES:
				getAdministeredCompanies().clear();
				return;
			case CastellanPackage.USER__PASSWORD_HASH:
				setPasswordHash(PASSWORD_HASH_EDEFAULT);
				return;
			case CastellanPackage.USER__PASSWORD_CHANGED_AT:
				setPasswordChangedAt(PASSWORD_CHANGED_AT_EDEFAULT);
				return;
			case CastellanPackage.USER__SESSION_POLICY:
				setSessionPolicy(SESSION_POLICY_EDEFAULT);
				return;
			case CastellanPackage.USER__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case CastellanPackage.USER__MEMBERSHIPS:
				getMemberships().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CastellanPackage.USER__LOGIN:
				return LOGIN_EDEFAULT == null ? login != null : !LOGIN_EDEFAULT.equals(login);
			case CastellanPackage.USER__DISPLAY_NAME:
				return DISPLAY_NAME_EDEFAULT == null ? displayName != null : !DISPLAY_NAME_EDEFAULT.equals(displayName);
			case CastellanPackage.USER__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case CastellanPackage.USER__EXTERNAL:
				return external != EXTERNAL_EDEFAULT;
			case CastellanPackage.USER__DOMAIN:
				return domain != DOMAIN_EDEFAULT;
			case CastellanPackage.USER__GUEST:
				return guest != GUEST_EDEFAULT;
			case CastellanPackage.USER__AUTHORIZATION_LEVEL:
				return authorizationLevel != AUTHORIZATION_LEVEL_EDEFAULT;
			case CastellanPackage.USER__COMPANIES:
				return companies != null && !companies.isEmpty();
			case CastellanPackage.USER__ADMINISTERED_COMPANIES:
				return administeredCompanies != null && !administeredCompanies.isEmpty();
			case CastellanPackage.USER__PASSWORD_HASH:
				return PASSWORD_HASH_EDEFAULT == null ? passwordHash != null : !PASSWORD_HASH_EDEFAULT.equals(passwordHash);
			case CastellanPackage.USER__PASSWORD_CHANGED_AT:
				return PASSWORD_CHANGED_AT_EDEFAULT == null ? passwordChangedAt != null : !PASSWORD_CHANGED_AT_EDEFAULT.equals(passwordChangedAt);
			case CastellanPackage.USER__SESSION_POLICY:
				return sessionPolicy != SESSION_POLICY_EDEFAULT;
			case CastellanPackage.USER__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case CastellanPackage.USER__MEMBERSHIPS:
				return memberships != null && !memberships.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (login: "); //$NON-NLS-1$
		result.append(login);
		result.append(", displayName: "); //$NON-NLS-1$
		result.append(displayName);
		result.append(", email: "); //$NON-NLS-1$
		result.append(email);
		result.append(", external: "); //$NON-NLS-1$
		result.append(external);
		result.append(", domain: "); //$NON-NLS-1$
		result.append(domain);
		result.append(", guest: "); //$NON-NLS-1$
		result.append(guest);
		result.append(", authorizationLevel: "); //$NON-NLS-1$
		result.append(authorizationLevel);
		result.append(", passwordHash: "); //$NON-NLS-1$
		result.append(passwordHash);
		result.append(", passwordChangedAt: "); //$NON-NLS-1$
		result.append(passwordChangedAt);
		result.append(", sessionPolicy: "); //$NON-NLS-1$
		result.append(sessionPolicy);
		result.append(", enabled: "); //$NON-NLS-1$
		result.append(enabled);
		result.append(')');
		return result.toString();
	}

} //UserImpl
