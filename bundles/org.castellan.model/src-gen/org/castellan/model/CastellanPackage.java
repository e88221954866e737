/**
 */
package org.castellan.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The security model of a Castellan installation: who the users are, what they may do, and what they may see. Annotations with source http://castellan.org/store tell the store which table (table), column (column), maximum text length (length) and label feature (label) each class and feature maps to.
 * <!-- end-model-doc -->
 * @see org.castellan.model.CastellanFactory
 * @model kind="package"
 * @generated
 */
public interface CastellanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://castellan.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "castellan"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CastellanPackage eINSTANCE = org.castellan.model.impl.CastellanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.EntityImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__VERSION = 1;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.InstallationImpl <em>Installation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.InstallationImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getInstallation()
	 * @generated
	 */
	int INSTALLATION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Central</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__CENTRAL = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Companies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__COMPANIES = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__USERS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__GROUPS = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__ROLES = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Rights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__RIGHTS = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Objects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__OBJECTS = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Data Models</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__DATA_MODELS = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Data Rights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION__DATA_RIGHTS = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTALLATION_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.CompanyImpl <em>Company</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.CompanyImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getCompany()
	 * @generated
	 */
	int COMPANY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY__CODE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY__NAME = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Directory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY__DATA_DIRECTORY = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY__ARCHIVED = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Company</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Company</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPANY_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.PrincipalImpl <em>Principal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.PrincipalImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getPrincipal()
	 * @generated
	 */
	int PRINCIPAL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL__ROLE_ASSIGNMENTS = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Principal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Principal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINCIPAL_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.UserImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getUser()
	 * @generated
	 */
	int USER = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ID = PRINCIPAL__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__VERSION = PRINCIPAL__VERSION;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLE_ASSIGNMENTS = PRINCIPAL__ROLE_ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__LOGIN = PRINCIPAL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DISPLAY_NAME = PRINCIPAL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__EMAIL = PRINCIPAL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__EXTERNAL = PRINCIPAL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__DOMAIN = PRINCIPAL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Guest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__GUEST = PRINCIPAL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Authorization Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__AUTHORIZATION_LEVEL = PRINCIPAL_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Companies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__COMPANIES = PRINCIPAL_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Administered Companies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ADMINISTERED_COMPANIES = PRINCIPAL_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Password Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PASSWORD_HASH = PRINCIPAL_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Password Changed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__PASSWORD_CHANGED_AT = PRINCIPAL_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Session Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__SESSION_POLICY = PRINCIPAL_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ENABLED = PRINCIPAL_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Memberships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__MEMBERSHIPS = PRINCIPAL_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = PRINCIPAL_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = PRINCIPAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.GroupImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__ID = PRINCIPAL__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__VERSION = PRINCIPAL__VERSION;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__ROLE_ASSIGNMENTS = PRINCIPAL__ROLE_ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = PRINCIPAL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__DESCRIPTION = PRINCIPAL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = PRINCIPAL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = PRINCIPAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.MembershipImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__GROUP = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Granted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__GRANTED_AT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.RoleAssignmentImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ROLE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Granted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__GRANTED_AT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.RoleImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Predefined</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PREDEFINED = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contribution Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__CONTRIBUTION_ID = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__GRANTS = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.RightGrantImpl <em>Right Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.RightGrantImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getRightGrant()
	 * @generated
	 */
	int RIGHT_GRANT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_GRANT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_GRANT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Right</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_GRANT__RIGHT = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Granted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_GRANT__GRANTED_AT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Right Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_GRANT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Right Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_GRANT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.RightImpl <em>Right</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.RightImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getRight()
	 * @generated
	 */
	int RIGHT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Right Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__RIGHT_ID = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__LABEL = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__CATEGORY = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__DESCRIPTION = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Contributor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__CONTRIBUTOR = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Administrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT__ADMINISTRATIVE = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Right</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Right</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RIGHT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.RepositoryObjectImpl <em>Repository Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.RepositoryObjectImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getRepositoryObject()
	 * @generated
	 */
	int REPOSITORY_OBJECT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPOSITORY_OBJECT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPOSITORY_OBJECT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPOSITORY_OBJECT__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPOSITORY_OBJECT__PERMISSIONS = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Repository Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPOSITORY_OBJECT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Repository Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPOSITORY_OBJECT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.FolderImpl <em>Folder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.FolderImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getFolder()
	 * @generated
	 */
	int FOLDER = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__ID = REPOSITORY_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__VERSION = REPOSITORY_OBJECT__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__NAME = REPOSITORY_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__PERMISSIONS = REPOSITORY_OBJECT__PERMISSIONS;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER__CHILDREN = REPOSITORY_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_FEATURE_COUNT = REPOSITORY_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Folder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLDER_OPERATION_COUNT = REPOSITORY_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.ReportImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = REPOSITORY_OBJECT__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__VERSION = REPOSITORY_OBJECT__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__NAME = REPOSITORY_OBJECT__NAME;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PERMISSIONS = REPOSITORY_OBJECT__PERMISSIONS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__KIND = REPOSITORY_OBJECT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = REPOSITORY_OBJECT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = REPOSITORY_OBJECT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.ObjectPermissionImpl <em>Object Permission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.ObjectPermissionImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getObjectPermission()
	 * @generated
	 */
	int OBJECT_PERMISSION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_PERMISSION__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_PERMISSION__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Principal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_PERMISSION__PRINCIPAL = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_PERMISSION__LEVEL = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Object Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_PERMISSION_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Object Permission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_PERMISSION_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.DataModelImpl <em>Data Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.DataModelImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getDataModel()
	 * @generated
	 */
	int DATA_MODEL = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__DESCRIPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__MEASURES = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__DIMENSIONS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__PARAMETERS = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Components</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL__COMPONENTS = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Data Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Data Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.ModelParameterImpl <em>Model Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.ModelParameterImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getModelParameter()
	 * @generated
	 */
	int MODEL_PARAMETER = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PARAMETER__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PARAMETER__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PARAMETER__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PARAMETER__DEFAULT_VALUE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Model Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PARAMETER_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Model Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_PARAMETER_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.MeasureImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Unique Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__UNIQUE_NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CAPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.DimensionImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Unique Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__UNIQUE_NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CAPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__MEMBERS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.MemberImpl <em>Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.MemberImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getMember()
	 * @generated
	 */
	int MEMBER = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Unique Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__UNIQUE_NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__CAPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__CHILDREN = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.DataRightImpl <em>Data Right</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.DataRightImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getDataRight()
	 * @generated
	 */
	int DATA_RIGHT = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT__DESCRIPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Holders</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT__HOLDERS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Model Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT__MODEL_GRANTS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Data Right</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Data Right</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_RIGHT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.DataModelGrantImpl <em>Data Model Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.DataModelGrantImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getDataModelGrant()
	 * @generated
	 */
	int DATA_MODEL_GRANT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Model</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT__MODEL = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measure Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT__MEASURE_GRANTS = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dimension Grants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT__DIMENSION_GRANTS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data Model Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data Model Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_MODEL_GRANT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.MeasureGrantImpl <em>Measure Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.MeasureGrantImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getMeasureGrant()
	 * @generated
	 */
	int MEASURE_GRANT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_GRANT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_GRANT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_GRANT__MEASURE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_GRANT__ALLOWED = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Measure Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_GRANT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Measure Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_GRANT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.impl.DimensionGrantImpl <em>Dimension Grant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.DimensionGrantImpl
	 * @see org.castellan.model.impl.CastellanPackageImpl#getDimensionGrant()
	 * @generated
	 */
	int DIMENSION_GRANT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT__DIMENSION = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT__ALLOWED = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Member Unique Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT__MEMBER_UNIQUE_NAMES = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Include Descendants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT__INCLUDE_DESCENDANTS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Dimension Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Dimension Grant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_GRANT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.castellan.model.PermissionLevel <em>Permission Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.PermissionLevel
	 * @see org.castellan.model.impl.CastellanPackageImpl#getPermissionLevel()
	 * @generated
	 */
	int PERMISSION_LEVEL = 24;

	/**
	 * The meta object id for the '{@link org.castellan.model.SessionPolicy <em>Session Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.SessionPolicy
	 * @see org.castellan.model.impl.CastellanPackageImpl#getSessionPolicy()
	 * @generated
	 */
	int SESSION_POLICY = 25;

	/**
	 * The meta object id for the '<em>Authorization Level</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.castellan.model.impl.CastellanPackageImpl#getAuthorizationLevel()
	 * @generated
	 */
	int AUTHORIZATION_LEVEL = 26;


	/**
	 * Returns the meta object for class '{@link org.castellan.model.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.castellan.model.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.castellan.model.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Entity#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.castellan.model.Entity#getVersion()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Version();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Installation <em>Installation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Installation</em>'.
	 * @see org.castellan.model.Installation
	 * @generated
	 */
	EClass getInstallation();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Installation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.Installation#getName()
	 * @see #getInstallation()
	 * @generated
	 */
	EAttribute getInstallation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Installation#isCentral <em>Central</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Central</em>'.
	 * @see org.castellan.model.Installation#isCentral()
	 * @see #getInstallation()
	 * @generated
	 */
	EAttribute getInstallation_Central();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getCompanies <em>Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Companies</em>'.
	 * @see org.castellan.model.Installation#getCompanies()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Companies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see org.castellan.model.Installation#getUsers()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.castellan.model.Installation#getGroups()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.castellan.model.Installation#getRoles()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getRights <em>Rights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rights</em>'.
	 * @see org.castellan.model.Installation#getRights()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Rights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getObjects <em>Objects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objects</em>'.
	 * @see org.castellan.model.Installation#getObjects()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_Objects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getDataModels <em>Data Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Models</em>'.
	 * @see org.castellan.model.Installation#getDataModels()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_DataModels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Installation#getDataRights <em>Data Rights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Rights</em>'.
	 * @see org.castellan.model.Installation#getDataRights()
	 * @see #getInstallation()
	 * @generated
	 */
	EReference getInstallation_DataRights();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Company <em>Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Company</em>'.
	 * @see org.castellan.model.Company
	 * @generated
	 */
	EClass getCompany();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Company#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.castellan.model.Company#getCode()
	 * @see #getCompany()
	 * @generated
	 */
	EAttribute getCompany_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Company#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.Company#getName()
	 * @see #getCompany()
	 * @generated
	 */
	EAttribute getCompany_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Company#getDataDirectory <em>Data Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Directory</em>'.
	 * @see org.castellan.model.Company#getDataDirectory()
	 * @see #getCompany()
	 * @generated
	 */
	EAttribute getCompany_DataDirectory();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Company#isArchived <em>Archived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archived</em>'.
	 * @see org.castellan.model.Company#isArchived()
	 * @see #getCompany()
	 * @generated
	 */
	EAttribute getCompany_Archived();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Principal <em>Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Principal</em>'.
	 * @see org.castellan.model.Principal
	 * @generated
	 */
	EClass getPrincipal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Principal#getRoleAssignments <em>Role Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Role Assignments</em>'.
	 * @see org.castellan.model.Principal#getRoleAssignments()
	 * @see #getPrincipal()
	 * @generated
	 */
	EReference getPrincipal_RoleAssignments();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see org.castellan.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.castellan.model.User#getLogin()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.castellan.model.User#getDisplayName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.castellan.model.User#getEmail()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#isExternal <em>External</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External</em>'.
	 * @see org.castellan.model.User#isExternal()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_External();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#isDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.castellan.model.User#isDomain()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#isGuest <em>Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest</em>'.
	 * @see org.castellan.model.User#isGuest()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Guest();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getAuthorizationLevel <em>Authorization Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authorization Level</em>'.
	 * @see org.castellan.model.User#getAuthorizationLevel()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_AuthorizationLevel();

	/**
	 * Returns the meta object for the reference list '{@link org.castellan.model.User#getCompanies <em>Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Companies</em>'.
	 * @see org.castellan.model.User#getCompanies()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Companies();

	/**
	 * Returns the meta object for the reference list '{@link org.castellan.model.User#getAdministeredCompanies <em>Administered Companies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Administered Companies</em>'.
	 * @see org.castellan.model.User#getAdministeredCompanies()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_AdministeredCompanies();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getPasswordHash <em>Password Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Hash</em>'.
	 * @see org.castellan.model.User#getPasswordHash()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_PasswordHash();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getPasswordChangedAt <em>Password Changed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password Changed At</em>'.
	 * @see org.castellan.model.User#getPasswordChangedAt()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_PasswordChangedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#getSessionPolicy <em>Session Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Policy</em>'.
	 * @see org.castellan.model.User#getSessionPolicy()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_SessionPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.User#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.castellan.model.User#isEnabled()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Enabled();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.User#getMemberships <em>Memberships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memberships</em>'.
	 * @see org.castellan.model.User#getMemberships()
	 * @see #getUser()
	 * @generated
	 */
	EReference getUser_Memberships();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see org.castellan.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Group#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.Group#getName()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Group#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.castellan.model.Group#getDescription()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Description();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see org.castellan.model.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.Membership#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.castellan.model.Membership#getGroup()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Membership#getGrantedAt <em>Granted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granted At</em>'.
	 * @see org.castellan.model.Membership#getGrantedAt()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_GrantedAt();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.castellan.model.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.RoleAssignment#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.castellan.model.RoleAssignment#getRole()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.RoleAssignment#getGrantedAt <em>Granted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granted At</em>'.
	 * @see org.castellan.model.RoleAssignment#getGrantedAt()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_GrantedAt();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.castellan.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Role#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.Role#getName()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.castellan.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Role#isPredefined <em>Predefined</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predefined</em>'.
	 * @see org.castellan.model.Role#isPredefined()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Predefined();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Role#getContributionId <em>Contribution Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contribution Id</em>'.
	 * @see org.castellan.model.Role#getContributionId()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_ContributionId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Role#getGrants <em>Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Grants</em>'.
	 * @see org.castellan.model.Role#getGrants()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Grants();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.RightGrant <em>Right Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Right Grant</em>'.
	 * @see org.castellan.model.RightGrant
	 * @generated
	 */
	EClass getRightGrant();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.RightGrant#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Right</em>'.
	 * @see org.castellan.model.RightGrant#getRight()
	 * @see #getRightGrant()
	 * @generated
	 */
	EReference getRightGrant_Right();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.RightGrant#getGrantedAt <em>Granted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Granted At</em>'.
	 * @see org.castellan.model.RightGrant#getGrantedAt()
	 * @see #getRightGrant()
	 * @generated
	 */
	EAttribute getRightGrant_GrantedAt();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Right <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Right</em>'.
	 * @see org.castellan.model.Right
	 * @generated
	 */
	EClass getRight();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Right#getRightId <em>Right Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Right Id</em>'.
	 * @see org.castellan.model.Right#getRightId()
	 * @see #getRight()
	 * @generated
	 */
	EAttribute getRight_RightId();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Right#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.castellan.model.Right#getLabel()
	 * @see #getRight()
	 * @generated
	 */
	EAttribute getRight_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Right#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.castellan.model.Right#getCategory()
	 * @see #getRight()
	 * @generated
	 */
	EAttribute getRight_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Right#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.castellan.model.Right#getDescription()
	 * @see #getRight()
	 * @generated
	 */
	EAttribute getRight_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Right#getContributor <em>Contributor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contributor</em>'.
	 * @see org.castellan.model.Right#getContributor()
	 * @see #getRight()
	 * @generated
	 */
	EAttribute getRight_Contributor();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Right#isAdministrative <em>Administrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Administrative</em>'.
	 * @see org.castellan.model.Right#isAdministrative()
	 * @see #getRight()
	 * @generated
	 */
	EAttribute getRight_Administrative();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.RepositoryObject <em>Repository Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repository Object</em>'.
	 * @see org.castellan.model.RepositoryObject
	 * @generated
	 */
	EClass getRepositoryObject();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.RepositoryObject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.RepositoryObject#getName()
	 * @see #getRepositoryObject()
	 * @generated
	 */
	EAttribute getRepositoryObject_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.RepositoryObject#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Permissions</em>'.
	 * @see org.castellan.model.RepositoryObject#getPermissions()
	 * @see #getRepositoryObject()
	 * @generated
	 */
	EReference getRepositoryObject_Permissions();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Folder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Folder</em>'.
	 * @see org.castellan.model.Folder
	 * @generated
	 */
	EClass getFolder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Folder#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.castellan.model.Folder#getChildren()
	 * @see #getFolder()
	 * @generated
	 */
	EReference getFolder_Children();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see org.castellan.model.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Report#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.castellan.model.Report#getKind()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Kind();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.ObjectPermission <em>Object Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object Permission</em>'.
	 * @see org.castellan.model.ObjectPermission
	 * @generated
	 */
	EClass getObjectPermission();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.ObjectPermission#getPrincipal <em>Principal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Principal</em>'.
	 * @see org.castellan.model.ObjectPermission#getPrincipal()
	 * @see #getObjectPermission()
	 * @generated
	 */
	EReference getObjectPermission_Principal();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.ObjectPermission#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.castellan.model.ObjectPermission#getLevel()
	 * @see #getObjectPermission()
	 * @generated
	 */
	EAttribute getObjectPermission_Level();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.DataModel <em>Data Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Model</em>'.
	 * @see org.castellan.model.DataModel
	 * @generated
	 */
	EClass getDataModel();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.DataModel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.DataModel#getName()
	 * @see #getDataModel()
	 * @generated
	 */
	EAttribute getDataModel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.DataModel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.castellan.model.DataModel#getDescription()
	 * @see #getDataModel()
	 * @generated
	 */
	EAttribute getDataModel_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.DataModel#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.castellan.model.DataModel#getMeasures()
	 * @see #getDataModel()
	 * @generated
	 */
	EReference getDataModel_Measures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.DataModel#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.castellan.model.DataModel#getDimensions()
	 * @see #getDataModel()
	 * @generated
	 */
	EReference getDataModel_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.DataModel#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.castellan.model.DataModel#getParameters()
	 * @see #getDataModel()
	 * @generated
	 */
	EReference getDataModel_Parameters();

	/**
	 * Returns the meta object for the reference list '{@link org.castellan.model.DataModel#getComponents <em>Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Components</em>'.
	 * @see org.castellan.model.DataModel#getComponents()
	 * @see #getDataModel()
	 * @generated
	 */
	EReference getDataModel_Components();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.ModelParameter <em>Model Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Parameter</em>'.
	 * @see org.castellan.model.ModelParameter
	 * @generated
	 */
	EClass getModelParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.ModelParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.ModelParameter#getName()
	 * @see #getModelParameter()
	 * @generated
	 */
	EAttribute getModelParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.ModelParameter#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.castellan.model.ModelParameter#getDefaultValue()
	 * @see #getModelParameter()
	 * @generated
	 */
	EAttribute getModelParameter_DefaultValue();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.castellan.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Measure#getUniqueName <em>Unique Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Name</em>'.
	 * @see org.castellan.model.Measure#getUniqueName()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_UniqueName();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Measure#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.castellan.model.Measure#getCaption()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Caption();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see org.castellan.model.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Dimension#getUniqueName <em>Unique Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Name</em>'.
	 * @see org.castellan.model.Dimension#getUniqueName()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_UniqueName();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Dimension#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.castellan.model.Dimension#getCaption()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_Caption();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Dimension#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.castellan.model.Dimension#getMembers()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Members();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member</em>'.
	 * @see org.castellan.model.Member
	 * @generated
	 */
	EClass getMember();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Member#getUniqueName <em>Unique Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Name</em>'.
	 * @see org.castellan.model.Member#getUniqueName()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_UniqueName();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.Member#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.castellan.model.Member#getCaption()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Caption();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.Member#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.castellan.model.Member#getChildren()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_Children();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.DataRight <em>Data Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Right</em>'.
	 * @see org.castellan.model.DataRight
	 * @generated
	 */
	EClass getDataRight();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.DataRight#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.castellan.model.DataRight#getName()
	 * @see #getDataRight()
	 * @generated
	 */
	EAttribute getDataRight_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.DataRight#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.castellan.model.DataRight#getDescription()
	 * @see #getDataRight()
	 * @generated
	 */
	EAttribute getDataRight_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.castellan.model.DataRight#getHolders <em>Holders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Holders</em>'.
	 * @see org.castellan.model.DataRight#getHolders()
	 * @see #getDataRight()
	 * @generated
	 */
	EReference getDataRight_Holders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.DataRight#getModelGrants <em>Model Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Model Grants</em>'.
	 * @see org.castellan.model.DataRight#getModelGrants()
	 * @see #getDataRight()
	 * @generated
	 */
	EReference getDataRight_ModelGrants();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.DataModelGrant <em>Data Model Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Model Grant</em>'.
	 * @see org.castellan.model.DataModelGrant
	 * @generated
	 */
	EClass getDataModelGrant();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.DataModelGrant#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Model</em>'.
	 * @see org.castellan.model.DataModelGrant#getModel()
	 * @see #getDataModelGrant()
	 * @generated
	 */
	EReference getDataModelGrant_Model();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.DataModelGrant#getMeasureGrants <em>Measure Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measure Grants</em>'.
	 * @see org.castellan.model.DataModelGrant#getMeasureGrants()
	 * @see #getDataModelGrant()
	 * @generated
	 */
	EReference getDataModelGrant_MeasureGrants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.castellan.model.DataModelGrant#getDimensionGrants <em>Dimension Grants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimension Grants</em>'.
	 * @see org.castellan.model.DataModelGrant#getDimensionGrants()
	 * @see #getDataModelGrant()
	 * @generated
	 */
	EReference getDataModelGrant_DimensionGrants();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.MeasureGrant <em>Measure Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure Grant</em>'.
	 * @see org.castellan.model.MeasureGrant
	 * @generated
	 */
	EClass getMeasureGrant();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.MeasureGrant#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measure</em>'.
	 * @see org.castellan.model.MeasureGrant#getMeasure()
	 * @see #getMeasureGrant()
	 * @generated
	 */
	EReference getMeasureGrant_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.MeasureGrant#isAllowed <em>Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allowed</em>'.
	 * @see org.castellan.model.MeasureGrant#isAllowed()
	 * @see #getMeasureGrant()
	 * @generated
	 */
	EAttribute getMeasureGrant_Allowed();

	/**
	 * Returns the meta object for class '{@link org.castellan.model.DimensionGrant <em>Dimension Grant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension Grant</em>'.
	 * @see org.castellan.model.DimensionGrant
	 * @generated
	 */
	EClass getDimensionGrant();

	/**
	 * Returns the meta object for the reference '{@link org.castellan.model.DimensionGrant#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see org.castellan.model.DimensionGrant#getDimension()
	 * @see #getDimensionGrant()
	 * @generated
	 */
	EReference getDimensionGrant_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.DimensionGrant#isAllowed <em>Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allowed</em>'.
	 * @see org.castellan.model.DimensionGrant#isAllowed()
	 * @see #getDimensionGrant()
	 * @generated
	 */
	EAttribute getDimensionGrant_Allowed();

	/**
	 * Returns the meta object for the attribute list '{@link org.castellan.model.DimensionGrant#getMemberUniqueNames <em>Member Unique Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Member Unique Names</em>'.
	 * @see org.castellan.model.DimensionGrant#getMemberUniqueNames()
	 * @see #getDimensionGrant()
	 * @generated
	 */
	EAttribute getDimensionGrant_MemberUniqueNames();

	/**
	 * Returns the meta object for the attribute '{@link org.castellan.model.DimensionGrant#isIncludeDescendants <em>Include Descendants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Descendants</em>'.
	 * @see org.castellan.model.DimensionGrant#isIncludeDescendants()
	 * @see #getDimensionGrant()
	 * @generated
	 */
	EAttribute getDimensionGrant_IncludeDescendants();

	/**
	 * Returns the meta object for enum '{@link org.castellan.model.PermissionLevel <em>Permission Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission Level</em>'.
	 * @see org.castellan.model.PermissionLevel
	 * @generated
	 */
	EEnum getPermissionLevel();

	/**
	 * Returns the meta object for enum '{@link org.castellan.model.SessionPolicy <em>Session Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Session Policy</em>'.
	 * @see org.castellan.model.SessionPolicy
	 * @generated
	 */
	EEnum getSessionPolicy();

	/**
	 * Returns the meta object for data type '<em>Authorization Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Authorization level: 0 (lowest) to 9 (highest).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Authorization Level</em>'.
	 * @model instanceClass="int"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#int' minInclusive='0' maxInclusive='9'"
	 * @generated
	 */
	EDataType getAuthorizationLevel();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CastellanFactory getCastellanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.EntityImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__VERSION = eINSTANCE.getEntity_Version();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.InstallationImpl <em>Installation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.InstallationImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getInstallation()
		 * @generated
		 */
		EClass INSTALLATION = eINSTANCE.getInstallation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALLATION__NAME = eINSTANCE.getInstallation_Name();

		/**
		 * The meta object literal for the '<em><b>Central</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTALLATION__CENTRAL = eINSTANCE.getInstallation_Central();

		/**
		 * The meta object literal for the '<em><b>Companies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__COMPANIES = eINSTANCE.getInstallation_Companies();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__USERS = eINSTANCE.getInstallation_Users();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__GROUPS = eINSTANCE.getInstallation_Groups();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__ROLES = eINSTANCE.getInstallation_Roles();

		/**
		 * The meta object literal for the '<em><b>Rights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__RIGHTS = eINSTANCE.getInstallation_Rights();

		/**
		 * The meta object literal for the '<em><b>Objects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__OBJECTS = eINSTANCE.getInstallation_Objects();

		/**
		 * The meta object literal for the '<em><b>Data Models</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__DATA_MODELS = eINSTANCE.getInstallation_DataModels();

		/**
		 * The meta object literal for the '<em><b>Data Rights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTALLATION__DATA_RIGHTS = eINSTANCE.getInstallation_DataRights();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.CompanyImpl <em>Company</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.CompanyImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getCompany()
		 * @generated
		 */
		EClass COMPANY = eINSTANCE.getCompany();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY__CODE = eINSTANCE.getCompany_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY__NAME = eINSTANCE.getCompany_Name();

		/**
		 * The meta object literal for the '<em><b>Data Directory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY__DATA_DIRECTORY = eINSTANCE.getCompany_DataDirectory();

		/**
		 * The meta object literal for the '<em><b>Archived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPANY__ARCHIVED = eINSTANCE.getCompany_Archived();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.PrincipalImpl <em>Principal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.PrincipalImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getPrincipal()
		 * @generated
		 */
		EClass PRINCIPAL = eINSTANCE.getPrincipal();

		/**
		 * The meta object literal for the '<em><b>Role Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRINCIPAL__ROLE_ASSIGNMENTS = eINSTANCE.getPrincipal_RoleAssignments();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.UserImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__LOGIN = eINSTANCE.getUser_Login();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DISPLAY_NAME = eINSTANCE.getUser_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__EMAIL = eINSTANCE.getUser_Email();

		/**
		 * The meta object literal for the '<em><b>External</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__EXTERNAL = eINSTANCE.getUser_External();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__DOMAIN = eINSTANCE.getUser_Domain();

		/**
		 * The meta object literal for the '<em><b>Guest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__GUEST = eINSTANCE.getUser_Guest();

		/**
		 * The meta object literal for the '<em><b>Authorization Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__AUTHORIZATION_LEVEL = eINSTANCE.getUser_AuthorizationLevel();

		/**
		 * The meta object literal for the '<em><b>Companies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__COMPANIES = eINSTANCE.getUser_Companies();

		/**
		 * The meta object literal for the '<em><b>Administered Companies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__ADMINISTERED_COMPANIES = eINSTANCE.getUser_AdministeredCompanies();

		/**
		 * The meta object literal for the '<em><b>Password Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__PASSWORD_HASH = eINSTANCE.getUser_PasswordHash();

		/**
		 * The meta object literal for the '<em><b>Password Changed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__PASSWORD_CHANGED_AT = eINSTANCE.getUser_PasswordChangedAt();

		/**
		 * The meta object literal for the '<em><b>Session Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__SESSION_POLICY = eINSTANCE.getUser_SessionPolicy();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ENABLED = eINSTANCE.getUser_Enabled();

		/**
		 * The meta object literal for the '<em><b>Memberships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER__MEMBERSHIPS = eINSTANCE.getUser_Memberships();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.GroupImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__NAME = eINSTANCE.getGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__DESCRIPTION = eINSTANCE.getGroup_Description();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.MembershipImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__GROUP = eINSTANCE.getMembership_Group();

		/**
		 * The meta object literal for the '<em><b>Granted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__GRANTED_AT = eINSTANCE.getMembership_GrantedAt();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.RoleAssignmentImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__ROLE = eINSTANCE.getRoleAssignment_Role();

		/**
		 * The meta object literal for the '<em><b>Granted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__GRANTED_AT = eINSTANCE.getRoleAssignment_GrantedAt();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.RoleImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__NAME = eINSTANCE.getRole_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '<em><b>Predefined</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PREDEFINED = eINSTANCE.getRole_Predefined();

		/**
		 * The meta object literal for the '<em><b>Contribution Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__CONTRIBUTION_ID = eINSTANCE.getRole_ContributionId();

		/**
		 * The meta object literal for the '<em><b>Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__GRANTS = eINSTANCE.getRole_Grants();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.RightGrantImpl <em>Right Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.RightGrantImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getRightGrant()
		 * @generated
		 */
		EClass RIGHT_GRANT = eINSTANCE.getRightGrant();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RIGHT_GRANT__RIGHT = eINSTANCE.getRightGrant_Right();

		/**
		 * The meta object literal for the '<em><b>Granted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT_GRANT__GRANTED_AT = eINSTANCE.getRightGrant_GrantedAt();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.RightImpl <em>Right</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.RightImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getRight()
		 * @generated
		 */
		EClass RIGHT = eINSTANCE.getRight();

		/**
		 * The meta object literal for the '<em><b>Right Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT__RIGHT_ID = eINSTANCE.getRight_RightId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT__LABEL = eINSTANCE.getRight_Label();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT__CATEGORY = eINSTANCE.getRight_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT__DESCRIPTION = eINSTANCE.getRight_Description();

		/**
		 * The meta object literal for the '<em><b>Contributor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT__CONTRIBUTOR = eINSTANCE.getRight_Contributor();

		/**
		 * The meta object literal for the '<em><b>Administrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RIGHT__ADMINISTRATIVE = eINSTANCE.getRight_Administrative();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.RepositoryObjectImpl <em>Repository Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.RepositoryObjectImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getRepositoryObject()
		 * @generated
		 */
		EClass REPOSITORY_OBJECT = eINSTANCE.getRepositoryObject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPOSITORY_OBJECT__NAME = eINSTANCE.getRepositoryObject_Name();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPOSITORY_OBJECT__PERMISSIONS = eINSTANCE.getRepositoryObject_Permissions();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.FolderImpl <em>Folder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.FolderImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getFolder()
		 * @generated
		 */
		EClass FOLDER = eINSTANCE.getFolder();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLDER__CHILDREN = eINSTANCE.getFolder_Children();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.ReportImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__KIND = eINSTANCE.getReport_Kind();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.ObjectPermissionImpl <em>Object Permission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.ObjectPermissionImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getObjectPermission()
		 * @generated
		 */
		EClass OBJECT_PERMISSION = eINSTANCE.getObjectPermission();

		/**
		 * The meta object literal for the '<em><b>Principal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_PERMISSION__PRINCIPAL = eINSTANCE.getObjectPermission_Principal();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_PERMISSION__LEVEL = eINSTANCE.getObjectPermission_Level();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.DataModelImpl <em>Data Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.DataModelImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getDataModel()
		 * @generated
		 */
		EClass DATA_MODEL = eINSTANCE.getDataModel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_MODEL__NAME = eINSTANCE.getDataModel_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_MODEL__DESCRIPTION = eINSTANCE.getDataModel_Description();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL__MEASURES = eINSTANCE.getDataModel_Measures();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL__DIMENSIONS = eINSTANCE.getDataModel_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL__PARAMETERS = eINSTANCE.getDataModel_Parameters();

		/**
		 * The meta object literal for the '<em><b>Components</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL__COMPONENTS = eINSTANCE.getDataModel_Components();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.ModelParameterImpl <em>Model Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.ModelParameterImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getModelParameter()
		 * @generated
		 */
		EClass MODEL_PARAMETER = eINSTANCE.getModelParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_PARAMETER__NAME = eINSTANCE.getModelParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_PARAMETER__DEFAULT_VALUE = eINSTANCE.getModelParameter_DefaultValue();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.MeasureImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Unique Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__UNIQUE_NAME = eINSTANCE.getMeasure_UniqueName();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__CAPTION = eINSTANCE.getMeasure_Caption();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.DimensionImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Unique Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__UNIQUE_NAME = eINSTANCE.getDimension_UniqueName();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__CAPTION = eINSTANCE.getDimension_Caption();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__MEMBERS = eINSTANCE.getDimension_Members();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.MemberImpl <em>Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.MemberImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getMember()
		 * @generated
		 */
		EClass MEMBER = eINSTANCE.getMember();

		/**
		 * The meta object literal for the '<em><b>Unique Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__UNIQUE_NAME = eINSTANCE.getMember_UniqueName();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__CAPTION = eINSTANCE.getMember_Caption();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__CHILDREN = eINSTANCE.getMember_Children();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.DataRightImpl <em>Data Right</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.DataRightImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getDataRight()
		 * @generated
		 */
		EClass DATA_RIGHT = eINSTANCE.getDataRight();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_RIGHT__NAME = eINSTANCE.getDataRight_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_RIGHT__DESCRIPTION = eINSTANCE.getDataRight_Description();

		/**
		 * The meta object literal for the '<em><b>Holders</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_RIGHT__HOLDERS = eINSTANCE.getDataRight_Holders();

		/**
		 * The meta object literal for the '<em><b>Model Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_RIGHT__MODEL_GRANTS = eINSTANCE.getDataRight_ModelGrants();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.DataModelGrantImpl <em>Data Model Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.DataModelGrantImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getDataModelGrant()
		 * @generated
		 */
		EClass DATA_MODEL_GRANT = eINSTANCE.getDataModelGrant();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL_GRANT__MODEL = eINSTANCE.getDataModelGrant_Model();

		/**
		 * The meta object literal for the '<em><b>Measure Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL_GRANT__MEASURE_GRANTS = eINSTANCE.getDataModelGrant_MeasureGrants();

		/**
		 * The meta object literal for the '<em><b>Dimension Grants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_MODEL_GRANT__DIMENSION_GRANTS = eINSTANCE.getDataModelGrant_DimensionGrants();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.MeasureGrantImpl <em>Measure Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.MeasureGrantImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getMeasureGrant()
		 * @generated
		 */
		EClass MEASURE_GRANT = eINSTANCE.getMeasureGrant();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE_GRANT__MEASURE = eINSTANCE.getMeasureGrant_Measure();

		/**
		 * The meta object literal for the '<em><b>Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_GRANT__ALLOWED = eINSTANCE.getMeasureGrant_Allowed();

		/**
		 * The meta object literal for the '{@link org.castellan.model.impl.DimensionGrantImpl <em>Dimension Grant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.DimensionGrantImpl
		 * @see org.castellan.model.impl.CastellanPackageImpl#getDimensionGrant()
		 * @generated
		 */
		EClass DIMENSION_GRANT = eINSTANCE.getDimensionGrant();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION_GRANT__DIMENSION = eINSTANCE.getDimensionGrant_Dimension();

		/**
		 * The meta object literal for the '<em><b>Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_GRANT__ALLOWED = eINSTANCE.getDimensionGrant_Allowed();

		/**
		 * The meta object literal for the '<em><b>Member Unique Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_GRANT__MEMBER_UNIQUE_NAMES = eINSTANCE.getDimensionGrant_MemberUniqueNames();

		/**
		 * The meta object literal for the '<em><b>Include Descendants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_GRANT__INCLUDE_DESCENDANTS = eINSTANCE.getDimensionGrant_IncludeDescendants();

		/**
		 * The meta object literal for the '{@link org.castellan.model.PermissionLevel <em>Permission Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.PermissionLevel
		 * @see org.castellan.model.impl.CastellanPackageImpl#getPermissionLevel()
		 * @generated
		 */
		EEnum PERMISSION_LEVEL = eINSTANCE.getPermissionLevel();

		/**
		 * The meta object literal for the '{@link org.castellan.model.SessionPolicy <em>Session Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.SessionPolicy
		 * @see org.castellan.model.impl.CastellanPackageImpl#getSessionPolicy()
		 * @generated
		 */
		EEnum SESSION_POLICY = eINSTANCE.getSessionPolicy();

		/**
		 * The meta object literal for the '<em>Authorization Level</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.castellan.model.impl.CastellanPackageImpl#getAuthorizationLevel()
		 * @generated
		 */
		EDataType AUTHORIZATION_LEVEL = eINSTANCE.getAuthorizationLevel();

	}

} //CastellanPackage
