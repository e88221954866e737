/**
 */
package org.castellan.model.impl;

import org.castellan.model.CastellanFactory;
import org.castellan.model.CastellanPackage;
import org.castellan.model.Company;
import org.castellan.model.DataModel;
import org.castellan.model.DataModelGrant;
import org.castellan.model.DataRight;
import org.castellan.model.Dimension;
import org.castellan.model.DimensionGrant;
import org.castellan.model.Entity;
import org.castellan.model.Folder;
import org.castellan.model.Group;
import org.castellan.model.Installation;
import org.castellan.model.Measure;
import org.castellan.model.MeasureGrant;
import org.castellan.model.Member;
import org.castellan.model.Membership;
import org.castellan.model.ModelParameter;
import org.castellan.model.ObjectPermission;
import org.castellan.model.PermissionLevel;
import org.castellan.model.Principal;
import org.castellan.model.Report;
import org.castellan.model.RepositoryObject;
import org.castellan.model.Right;
import org.castellan.model.RightGrant;
import org.castellan.model.Role;
import org.castellan.model.RoleAssignment;
import org.castellan.model.SessionPolicy;
import org.castellan.model.User;

import org.castellan.model.util.CastellanValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CastellanPackageImpl extends EPackageImpl implements CastellanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass installationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass companyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass principalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rightGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass repositoryObjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass folderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectPermissionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataRightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataModelGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionGrantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permissionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sessionPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType authorizationLevelEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.castellan.model.CastellanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CastellanPackageImpl() {
		super(eNS_URI, CastellanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CastellanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CastellanPackage init() {
		if (isInited) return (CastellanPackage)EPackage.Registry.INSTANCE.getEPackage(CastellanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCastellanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CastellanPackageImpl theCastellanPackage = registeredCastellanPackage instanceof CastellanPackageImpl ? (CastellanPackageImpl)registeredCastellanPackage : new CastellanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCastellanPackage.createPackageContents();

		// Initialize created meta-data
		theCastellanPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCastellanPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CastellanValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCastellanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CastellanPackage.eNS_URI, theCastellanPackage);
		return theCastellanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntity() {
		return entityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Id() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntity_Version() {
		return (EAttribute)entityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstallation() {
		return installationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallation_Name() {
		return (EAttribute)installationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstallation_Central() {
		return (EAttribute)installationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Companies() {
		return (EReference)installationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Users() {
		return (EReference)installationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Groups() {
		return (EReference)installationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Roles() {
		return (EReference)installationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Rights() {
		return (EReference)installationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_Objects() {
		return (EReference)installationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_DataModels() {
		return (EReference)installationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstallation_DataRights() {
		return (EReference)installationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompany() {
		return companyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompany_Code() {
		return (EAttribute)companyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompany_Name() {
		return (EAttribute)companyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompany_DataDirectory() {
		return (EAttribute)companyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompany_Archived() {
		return (EAttribute)companyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrincipal() {
		return principalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrincipal_RoleAssignments() {
		return (EReference)principalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUser() {
		return userEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Login() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_DisplayName() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Email() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_External() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Domain() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Guest() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_AuthorizationLevel() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUser_Companies() {
		return (EReference)userEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUser_AdministeredCompanies() {
		return (EReference)userEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_PasswordHash() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_PasswordChangedAt() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_SessionPolicy() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Enabled() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUser_Memberships() {
		return (EReference)userEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroup() {
		return groupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroup_Name() {
		return (EAttribute)groupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroup_Description() {
		return (EAttribute)groupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembership() {
		return membershipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMembership_Group() {
		return (EReference)membershipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembership_GrantedAt() {
		return (EAttribute)membershipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment() {
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoleAssignment_Role() {
		return (EReference)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_GrantedAt() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole() {
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Name() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Description() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Predefined() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_ContributionId() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Grants() {
		return (EReference)roleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRightGrant() {
		return rightGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRightGrant_Right() {
		return (EReference)rightGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRightGrant_GrantedAt() {
		return (EAttribute)rightGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRight() {
		return rightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRight_RightId() {
		return (EAttribute)rightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRight_Label() {
		return (EAttribute)rightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRight_Category() {
		return (EAttribute)rightEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRight_Description() {
		return (EAttribute)rightEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRight_Contributor() {
		return (EAttribute)rightEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRight_Administrative() {
		return (EAttribute)rightEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepositoryObject() {
		return repositoryObjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepositoryObject_Name() {
		return (EAttribute)repositoryObjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRepositoryObject_Permissions() {
		return (EReference)repositoryObjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFolder() {
		return folderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFolder_Children() {
		return (EReference)folderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReport() {
		return reportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Kind() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjectPermission() {
		return objectPermissionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjectPermission_Principal() {
		return (EReference)objectPermissionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectPermission_Level() {
		return (EAttribute)objectPermissionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataModel() {
		return dataModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataModel_Name() {
		return (EAttribute)dataModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataModel_Description() {
		return (EAttribute)dataModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModel_Measures() {
		return (EReference)dataModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModel_Dimensions() {
		return (EReference)dataModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModel_Parameters() {
		return (EReference)dataModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModel_Components() {
		return (EReference)dataModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelParameter() {
		return modelParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelParameter_Name() {
		return (EAttribute)modelParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelParameter_DefaultValue() {
		return (EAttribute)modelParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasure() {
		return measureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_UniqueName() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Caption() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimension() {
		return dimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_UniqueName() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimension_Caption() {
		return (EAttribute)dimensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDimension_Members() {
		return (EReference)dimensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMember() {
		return memberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_UniqueName() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Caption() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_Children() {
		return (EReference)memberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataRight() {
		return dataRightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataRight_Name() {
		return (EAttribute)dataRightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataRight_Description() {
		return (EAttribute)dataRightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataRight_Holders() {
		return (EReference)dataRightEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataRight_ModelGrants() {
		return (EReference)dataRightEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataModelGrant() {
		return dataModelGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModelGrant_Model() {
		return (EReference)dataModelGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModelGrant_MeasureGrants() {
		return (EReference)dataModelGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataModelGrant_DimensionGrants() {
		return (EReference)dataModelGrantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasureGrant() {
		return measureGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasureGrant_Measure() {
		return (EReference)measureGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasureGrant_Allowed() {
		return (EAttribute)measureGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimensionGrant() {
		return dimensionGrantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDimensionGrant_Dimension() {
		return (EReference)dimensionGrantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionGrant_Allowed() {
		return (EAttribute)dimensionGrantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionGrant_MemberUniqueNames() {
		return (EAttribute)dimensionGrantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionGrant_IncludeDescendants() {
		return (EAttribute)dimensionGrantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermissionLevel() {
		return permissionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSessionPolicy() {
		return sessionPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAuthorizationLevel() {
		return authorizationLevelEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CastellanFactory getCastellanFactory() {
		return (CastellanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		entityEClass = createEClass(ENTITY);
		createEAttribute(entityEClass, ENTITY__ID);
		createEAttribute(entityEClass, ENTITY__VERSION);

		installationEClass = createEClass(INSTALLATION);
		createEAttribute(installationEClass, INSTALLATION__NAME);
		createEAttribute(installationEClass, INSTALLATION__CENTRAL);
		createEReference(installationEClass, INSTALLATION__COMPANIES);
		createEReference(installationEClass, INSTALLATION__USERS);
		createEReference(installationEClass, INSTALLATION__GROUPS);
		createEReference(installationEClass, INSTALLATION__ROLES);
		createEReference(installationEClass, INSTALLATION__RIGHTS);
		createEReference(installationEClass, INSTALLATION__OBJECTS);
		createEReference(installationEClass, INSTALLATION__DATA_MODELS);
		createEReference(installationEClass, INSTALLATION__DATA_RIGHTS);

		companyEClass = createEClass(COMPANY);
		createEAttribute(companyEClass, COMPANY__CODE);
		createEAttribute(companyEClass, COMPANY__NAME);
		createEAttribute(companyEClass, COMPANY__DATA_DIRECTORY);
		createEAttribute(companyEClass, COMPANY__ARCHIVED);

		principalEClass = createEClass(PRINCIPAL);
		createEReference(principalEClass, PRINCIPAL__ROLE_ASSIGNMENTS);

		userEClass = createEClass(USER);
		createEAttribute(userEClass, USER__LOGIN);
		createEAttribute(userEClass, USER__DISPLAY_NAME);
		createEAttribute(userEClass, USER__EMAIL);
		createEAttribute(userEClass, USER__EXTERNAL);
		createEAttribute(userEClass, USER__DOMAIN);
		createEAttribute(userEClass, USER__GUEST);
		createEAttribute(userEClass, USER__AUTHORIZATION_LEVEL);
		createEReference(userEClass, USER__COMPANIES);
		createEReference(userEClass, USER__ADMINISTERED_COMPANIES);
		createEAttribute(userEClass, USER__PASSWORD_HASH);
		createEAttribute(userEClass, USER__PASSWORD_CHANGED_AT);
		createEAttribute(userEClass, USER__SESSION_POLICY);
		createEAttribute(userEClass, USER__ENABLED);
		createEReference(userEClass, USER__MEMBERSHIPS);

		groupEClass = createEClass(GROUP);
		createEAttribute(groupEClass, GROUP__NAME);
		createEAttribute(groupEClass, GROUP__DESCRIPTION);

		membershipEClass = createEClass(MEMBERSHIP);
		createEReference(membershipEClass, MEMBERSHIP__GROUP);
		createEAttribute(membershipEClass, MEMBERSHIP__GRANTED_AT);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEReference(roleAssignmentEClass, ROLE_ASSIGNMENT__ROLE);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__GRANTED_AT);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__NAME);
		createEAttribute(roleEClass, ROLE__DESCRIPTION);
		createEAttribute(roleEClass, ROLE__PREDEFINED);
		createEAttribute(roleEClass, ROLE__CONTRIBUTION_ID);
		createEReference(roleEClass, ROLE__GRANTS);

		rightGrantEClass = createEClass(RIGHT_GRANT);
		createEReference(rightGrantEClass, RIGHT_GRANT__RIGHT);
		createEAttribute(rightGrantEClass, RIGHT_GRANT__GRANTED_AT);

		rightEClass = createEClass(RIGHT);
		createEAttribute(rightEClass, RIGHT__RIGHT_ID);
		createEAttribute(rightEClass, RIGHT__LABEL);
		createEAttribute(rightEClass, RIGHT__CATEGORY);
		createEAttribute(rightEClass, RIGHT__DESCRIPTION);
		createEAttribute(rightEClass, RIGHT__CONTRIBUTOR);
		createEAttribute(rightEClass, RIGHT__ADMINISTRATIVE);

		repositoryObjectEClass = createEClass(REPOSITORY_OBJECT);
		createEAttribute(repositoryObjectEClass, REPOSITORY_OBJECT__NAME);
		createEReference(repositoryObjectEClass, REPOSITORY_OBJECT__PERMISSIONS);

		folderEClass = createEClass(FOLDER);
		createEReference(folderEClass, FOLDER__CHILDREN);

		reportEClass = createEClass(REPORT);
		createEAttribute(reportEClass, REPORT__KIND);

		objectPermissionEClass = createEClass(OBJECT_PERMISSION);
		createEReference(objectPermissionEClass, OBJECT_PERMISSION__PRINCIPAL);
		createEAttribute(objectPermissionEClass, OBJECT_PERMISSION__LEVEL);

		dataModelEClass = createEClass(DATA_MODEL);
		createEAttribute(dataModelEClass, DATA_MODEL__NAME);
		createEAttribute(dataModelEClass, DATA_MODEL__DESCRIPTION);
		createEReference(dataModelEClass, DATA_MODEL__MEASURES);
		createEReference(dataModelEClass, DATA_MODEL__DIMENSIONS);
		createEReference(dataModelEClass, DATA_MODEL__PARAMETERS);
		createEReference(dataModelEClass, DATA_MODEL__COMPONENTS);

		modelParameterEClass = createEClass(MODEL_PARAMETER);
		createEAttribute(modelParameterEClass, MODEL_PARAMETER__NAME);
		createEAttribute(modelParameterEClass, MODEL_PARAMETER__DEFAULT_VALUE);

		measureEClass = createEClass(MEASURE);
		createEAttribute(measureEClass, MEASURE__UNIQUE_NAME);
		createEAttribute(measureEClass, MEASURE__CAPTION);

		dimensionEClass = createEClass(DIMENSION);
		createEAttribute(dimensionEClass, DIMENSION__UNIQUE_NAME);
		createEAttribute(dimensionEClass, DIMENSION__CAPTION);
		createEReference(dimensionEClass, DIMENSION__MEMBERS);

		memberEClass = createEClass(MEMBER);
		createEAttribute(memberEClass, MEMBER__UNIQUE_NAME);
		createEAttribute(memberEClass, MEMBER__CAPTION);
		createEReference(memberEClass, MEMBER__CHILDREN);

		dataRightEClass = createEClass(DATA_RIGHT);
		createEAttribute(dataRightEClass, DATA_RIGHT__NAME);
		createEAttribute(dataRightEClass, DATA_RIGHT__DESCRIPTION);
		createEReference(dataRightEClass, DATA_RIGHT__HOLDERS);
		createEReference(dataRightEClass, DATA_RIGHT__MODEL_GRANTS);

		dataModelGrantEClass = createEClass(DATA_MODEL_GRANT);
		createEReference(dataModelGrantEClass, DATA_MODEL_GRANT__MODEL);
		createEReference(dataModelGrantEClass, DATA_MODEL_GRANT__MEASURE_GRANTS);
		createEReference(dataModelGrantEClass, DATA_MODEL_GRANT__DIMENSION_GRANTS);

		measureGrantEClass = createEClass(MEASURE_GRANT);
		createEReference(measureGrantEClass, MEASURE_GRANT__MEASURE);
		createEAttribute(measureGrantEClass, MEASURE_GRANT__ALLOWED);

		dimensionGrantEClass = createEClass(DIMENSION_GRANT);
		createEReference(dimensionGrantEClass, DIMENSION_GRANT__DIMENSION);
		createEAttribute(dimensionGrantEClass, DIMENSION_GRANT__ALLOWED);
		createEAttribute(dimensionGrantEClass, DIMENSION_GRANT__MEMBER_UNIQUE_NAMES);
		createEAttribute(dimensionGrantEClass, DIMENSION_GRANT__INCLUDE_DESCENDANTS);

		// Create enums
		permissionLevelEEnum = createEEnum(PERMISSION_LEVEL);
		sessionPolicyEEnum = createEEnum(SESSION_POLICY);

		// Create data types
		authorizationLevelEDataType = createEDataType(AUTHORIZATION_LEVEL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		installationEClass.getESuperTypes().add(this.getEntity());
		companyEClass.getESuperTypes().add(this.getEntity());
		principalEClass.getESuperTypes().add(this.getEntity());
		userEClass.getESuperTypes().add(this.getPrincipal());
		groupEClass.getESuperTypes().add(this.getPrincipal());
		membershipEClass.getESuperTypes().add(this.getEntity());
		roleAssignmentEClass.getESuperTypes().add(this.getEntity());
		roleEClass.getESuperTypes().add(this.getEntity());
		rightGrantEClass.getESuperTypes().add(this.getEntity());
		rightEClass.getESuperTypes().add(this.getEntity());
		repositoryObjectEClass.getESuperTypes().add(this.getEntity());
		folderEClass.getESuperTypes().add(this.getRepositoryObject());
		reportEClass.getESuperTypes().add(this.getRepositoryObject());
		objectPermissionEClass.getESuperTypes().add(this.getEntity());
		dataModelEClass.getESuperTypes().add(this.getEntity());
		modelParameterEClass.getESuperTypes().add(this.getEntity());
		measureEClass.getESuperTypes().add(this.getEntity());
		dimensionEClass.getESuperTypes().add(this.getEntity());
		memberEClass.getESuperTypes().add(this.getEntity());
		dataRightEClass.getESuperTypes().add(this.getEntity());
		dataModelGrantEClass.getESuperTypes().add(this.getEntity());
		measureGrantEClass.getESuperTypes().add(this.getEntity());
		dimensionGrantEClass.getESuperTypes().add(this.getEntity());

		// Initialize classes, features, and operations; add parameters
		initEClass(entityEClass, Entity.class, "Entity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEntity_Id(), ecorePackage.getEString(), "id", null, 1, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEntity_Version(), ecorePackage.getELong(), "version", "0", 0, 1, Entity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(installationEClass, Installation.class, "Installation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInstallation_Name(), ecorePackage.getEString(), "name", null, 1, 1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstallation_Central(), ecorePackage.getEBoolean(), "central", null, 0, 1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_Companies(), this.getCompany(), null, "companies", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_Users(), this.getUser(), null, "users", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_Groups(), this.getGroup(), null, "groups", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_Roles(), this.getRole(), null, "roles", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_Rights(), this.getRight(), null, "rights", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_Objects(), this.getRepositoryObject(), null, "objects", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_DataModels(), this.getDataModel(), null, "dataModels", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInstallation_DataRights(), this.getDataRight(), null, "dataRights", null, 0, -1, Installation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(companyEClass, Company.class, "Company", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCompany_Code(), ecorePackage.getEString(), "code", null, 1, 1, Company.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCompany_Name(), ecorePackage.getEString(), "name", null, 1, 1, Company.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCompany_DataDirectory(), ecorePackage.getEString(), "dataDirectory", null, 0, 1, Company.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCompany_Archived(), ecorePackage.getEBoolean(), "archived", null, 0, 1, Company.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(principalEClass, Principal.class, "Principal", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPrincipal_RoleAssignments(), this.getRoleAssignment(), null, "roleAssignments", null, 0, -1, Principal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(userEClass, User.class, "User", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getUser_Login(), ecorePackage.getEString(), "login", null, 1, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_Email(), ecorePackage.getEString(), "email", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_External(), ecorePackage.getEBoolean(), "external", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_Domain(), ecorePackage.getEBoolean(), "domain", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_Guest(), ecorePackage.getEBoolean(), "guest", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_AuthorizationLevel(), this.getAuthorizationLevel(), "authorizationLevel", "0", 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getUser_Companies(), this.getCompany(), null, "companies", null, 0, -1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUser_AdministeredCompanies(), this.getCompany(), null, "administeredCompanies", null, 0, -1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_PasswordHash(), ecorePackage.getEString(), "passwordHash", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_PasswordChangedAt(), ecorePackage.getEDate(), "passwordChangedAt", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUser_SessionPolicy(), this.getSessionPolicy(), "sessionPolicy", "normal", 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getUser_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getUser_Memberships(), this.getMembership(), null, "memberships", null, 0, -1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(groupEClass, Group.class, "Group", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getGroup_Name(), ecorePackage.getEString(), "name", null, 1, 1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(membershipEClass, Membership.class, "Membership", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getMembership_Group(), this.getGroup(), null, "group", null, 1, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembership_GrantedAt(), ecorePackage.getEDate(), "grantedAt", null, 0, 1, Membership.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRoleAssignment_Role(), this.getRole(), null, "role", null, 1, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_GrantedAt(), ecorePackage.getEDate(), "grantedAt", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRole_Name(), ecorePackage.getEString(), "name", null, 1, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRole_Description(), ecorePackage.getEString(), "description", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRole_Predefined(), ecorePackage.getEBoolean(), "predefined", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRole_ContributionId(), ecorePackage.getEString(), "contributionId", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRole_Grants(), this.getRightGrant(), null, "grants", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(rightGrantEClass, RightGrant.class, "RightGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRightGrant_Right(), this.getRight(), null, "right", null, 1, 1, RightGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRightGrant_GrantedAt(), ecorePackage.getEDate(), "grantedAt", null, 0, 1, RightGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(rightEClass, Right.class, "Right", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRight_RightId(), ecorePackage.getEString(), "rightId", null, 1, 1, Right.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRight_Label(), ecorePackage.getEString(), "label", null, 0, 1, Right.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRight_Category(), ecorePackage.getEString(), "category", null, 0, 1, Right.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRight_Description(), ecorePackage.getEString(), "description", null, 0, 1, Right.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRight_Contributor(), ecorePackage.getEString(), "contributor", null, 0, 1, Right.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRight_Administrative(), ecorePackage.getEBoolean(), "administrative", null, 0, 1, Right.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(repositoryObjectEClass, RepositoryObject.class, "RepositoryObject", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRepositoryObject_Name(), ecorePackage.getEString(), "name", null, 1, 1, RepositoryObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRepositoryObject_Permissions(), this.getObjectPermission(), null, "permissions", null, 0, -1, RepositoryObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(folderEClass, Folder.class, "Folder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getFolder_Children(), this.getRepositoryObject(), null, "children", null, 0, -1, Folder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(reportEClass, Report.class, "Report", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getReport_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(objectPermissionEClass, ObjectPermission.class, "ObjectPermission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getObjectPermission_Principal(), this.getPrincipal(), null, "principal", null, 1, 1, ObjectPermission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getObjectPermission_Level(), this.getPermissionLevel(), "level", null, 0, 1, ObjectPermission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dataModelEClass, DataModel.class, "DataModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDataModel_Name(), ecorePackage.getEString(), "name", null, 1, 1, DataModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataModel_Description(), ecorePackage.getEString(), "description", null, 0, 1, DataModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataModel_Measures(), this.getMeasure(), null, "measures", null, 0, -1, DataModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataModel_Dimensions(), this.getDimension(), null, "dimensions", null, 0, -1, DataModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataModel_Parameters(), this.getModelParameter(), null, "parameters", null, 0, -1, DataModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataModel_Components(), this.getDataModel(), null, "components", null, 0, -1, DataModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(modelParameterEClass, ModelParameter.class, "ModelParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getModelParameter_Name(), ecorePackage.getEString(), "name", null, 1, 1, ModelParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getModelParameter_DefaultValue(), ecorePackage.getEString(), "defaultValue", null, 0, 1, ModelParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(measureEClass, Measure.class, "Measure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMeasure_UniqueName(), ecorePackage.getEString(), "uniqueName", null, 1, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeasure_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dimensionEClass, Dimension.class, "Dimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDimension_UniqueName(), ecorePackage.getEString(), "uniqueName", null, 1, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDimension_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDimension_Members(), this.getMember(), null, "members", null, 0, -1, Dimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(memberEClass, Member.class, "Member", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMember_UniqueName(), ecorePackage.getEString(), "uniqueName", null, 1, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMember_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMember_Children(), this.getMember(), null, "children", null, 0, -1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dataRightEClass, DataRight.class, "DataRight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDataRight_Name(), ecorePackage.getEString(), "name", null, 1, 1, DataRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataRight_Description(), ecorePackage.getEString(), "description", null, 0, 1, DataRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataRight_Holders(), this.getPrincipal(), null, "holders", null, 0, -1, DataRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataRight_ModelGrants(), this.getDataModelGrant(), null, "modelGrants", null, 0, -1, DataRight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dataModelGrantEClass, DataModelGrant.class, "DataModelGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getDataModelGrant_Model(), this.getDataModel(), null, "model", null, 1, 1, DataModelGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataModelGrant_MeasureGrants(), this.getMeasureGrant(), null, "measureGrants", null, 0, -1, DataModelGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataModelGrant_DimensionGrants(), this.getDimensionGrant(), null, "dimensionGrants", null, 0, -1, DataModelGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(measureGrantEClass, MeasureGrant.class, "MeasureGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getMeasureGrant_Measure(), this.getMeasure(), null, "measure", null, 1, 1, MeasureGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeasureGrant_Allowed(), ecorePackage.getEBoolean(), "allowed", null, 0, 1, MeasureGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dimensionGrantEClass, DimensionGrant.class, "DimensionGrant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getDimensionGrant_Dimension(), this.getDimension(), null, "dimension", null, 1, 1, DimensionGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDimensionGrant_Allowed(), ecorePackage.getEBoolean(), "allowed", null, 0, 1, DimensionGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDimensionGrant_MemberUniqueNames(), ecorePackage.getEString(), "memberUniqueNames", null, 0, -1, DimensionGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDimensionGrant_IncludeDescendants(), ecorePackage.getEBoolean(), "includeDescendants", null, 0, 1, DimensionGrant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(permissionLevelEEnum, PermissionLevel.class, "PermissionLevel"); //$NON-NLS-1$
		addEEnumLiteral(permissionLevelEEnum, PermissionLevel.NO_ACCESS);
		addEEnumLiteral(permissionLevelEEnum, PermissionLevel.PREVIEW);
		addEEnumLiteral(permissionLevelEEnum, PermissionLevel.LIMITED);
		addEEnumLiteral(permissionLevelEEnum, PermissionLevel.EDIT);

		initEEnum(sessionPolicyEEnum, SessionPolicy.class, "SessionPolicy"); //$NON-NLS-1$
		addEEnumLiteral(sessionPolicyEEnum, SessionPolicy.NORMAL);
		addEEnumLiteral(sessionPolicyEEnum, SessionPolicy.ONE_TRANSACTION);

		// Initialize data types
		initEDataType(authorizationLevelEDataType, int.class, "AuthorizationLevel", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://castellan.org/store
		createStoreAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://castellan.org/store</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createStoreAnnotations() {
		String source = "http://castellan.org/store"; //$NON-NLS-1$
		addAnnotation
		  (getEntity_Id(),
		   source,
		   new String[] {
			   "length", "36" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (installationEClass,
		   source,
		   new String[] {
			   "table", "installation", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstallation_Name(),
		   source,
		   new String[] {
			   "length", "120" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstallation_Central(),
		   source,
		   new String[] {
			   "column", "is_central" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (companyEClass,
		   source,
		   new String[] {
			   "table", "companies", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "code" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getCompany_Code(),
		   source,
		   new String[] {
			   "length", "20" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getCompany_Name(),
		   source,
		   new String[] {
			   "length", "120" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getCompany_DataDirectory(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (userEClass,
		   source,
		   new String[] {
			   "table", "users", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "login" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_Login(),
		   source,
		   new String[] {
			   "length", "64" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_DisplayName(),
		   source,
		   new String[] {
			   "length", "120" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_Email(),
		   source,
		   new String[] {
			   "length", "254" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_External(),
		   source,
		   new String[] {
			   "column", "is_external" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_Domain(),
		   source,
		   new String[] {
			   "column", "is_domain" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_Guest(),
		   source,
		   new String[] {
			   "column", "is_guest" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_Companies(),
		   source,
		   new String[] {
			   "table", "user_companies" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_AdministeredCompanies(),
		   source,
		   new String[] {
			   "table", "user_administered_companies" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUser_PasswordHash(),
		   source,
		   new String[] {
			   "length", "512" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (groupEClass,
		   source,
		   new String[] {
			   "table", "user_groups", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getGroup_Name(),
		   source,
		   new String[] {
			   "length", "120" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getGroup_Description(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (membershipEClass,
		   source,
		   new String[] {
			   "table", "memberships" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (roleAssignmentEClass,
		   source,
		   new String[] {
			   "table", "role_assignments" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (roleEClass,
		   source,
		   new String[] {
			   "table", "roles", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRole_Name(),
		   source,
		   new String[] {
			   "length", "120" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRole_Description(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRole_Predefined(),
		   source,
		   new String[] {
			   "column", "is_predefined" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRole_ContributionId(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (rightGrantEClass,
		   source,
		   new String[] {
			   "table", "right_grants" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (rightEClass,
		   source,
		   new String[] {
			   "table", "rights", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "rightId" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRight_RightId(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRight_Label(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRight_Category(),
		   source,
		   new String[] {
			   "length", "120" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRight_Description(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRight_Contributor(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRight_Administrative(),
		   source,
		   new String[] {
			   "column", "is_administrative" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (repositoryObjectEClass,
		   source,
		   new String[] {
			   "table", "repository_objects", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRepositoryObject_Name(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getReport_Kind(),
		   source,
		   new String[] {
			   "column", "object_kind", //$NON-NLS-1$ //$NON-NLS-2$
			   "length", "60" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (objectPermissionEClass,
		   source,
		   new String[] {
			   "table", "object_permissions" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (dataModelEClass,
		   source,
		   new String[] {
			   "table", "data_models", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDataModel_Name(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDataModel_Description(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDataModel_Components(),
		   source,
		   new String[] {
			   "table", "data_model_components" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (modelParameterEClass,
		   source,
		   new String[] {
			   "table", "model_parameters", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getModelParameter_Name(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getModelParameter_DefaultValue(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (measureEClass,
		   source,
		   new String[] {
			   "table", "measures", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "uniqueName" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMeasure_UniqueName(),
		   source,
		   new String[] {
			   "length", "400" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMeasure_Caption(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (dimensionEClass,
		   source,
		   new String[] {
			   "table", "dimensions", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "uniqueName" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDimension_UniqueName(),
		   source,
		   new String[] {
			   "length", "400" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDimension_Caption(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberEClass,
		   source,
		   new String[] {
			   "rows", "members", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "uniqueName" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMember_UniqueName(),
		   source,
		   new String[] {
			   "length", "400" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMember_Caption(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (dataRightEClass,
		   source,
		   new String[] {
			   "table", "data_rights", //$NON-NLS-1$ //$NON-NLS-2$
			   "label", "name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDataRight_Name(),
		   source,
		   new String[] {
			   "length", "200" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDataRight_Description(),
		   source,
		   new String[] {
			   "length", "1024" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDataRight_Holders(),
		   source,
		   new String[] {
			   "table", "data_right_holders" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (dataModelGrantEClass,
		   source,
		   new String[] {
			   "table", "data_model_grants" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (measureGrantEClass,
		   source,
		   new String[] {
			   "table", "measure_grants" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (dimensionGrantEClass,
		   source,
		   new String[] {
			   "table", "dimension_grants" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDimensionGrant_MemberUniqueNames(),
		   source,
		   new String[] {
			   "table", "dimension_grant_members", //$NON-NLS-1$ //$NON-NLS-2$
			   "length", "400" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData"; //$NON-NLS-1$
		addAnnotation
		  (authorizationLevelEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#int", //$NON-NLS-1$ //$NON-NLS-2$
			   "minInclusive", "0", //$NON-NLS-1$ //$NON-NLS-2$
			   "maxInclusive", "9" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //CastellanPackageImpl
