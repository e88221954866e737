/**
 */
package org.castellan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Folder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder of the object tree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Folder#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getFolder()
 * @model
 * @generated
 */
public interface Folder extends RepositoryObject {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.castellan.model.RepositoryObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folders and reports inside this folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.castellan.model.CastellanPackage#getFolder_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<RepositoryObject> getChildren();

} // Folder
