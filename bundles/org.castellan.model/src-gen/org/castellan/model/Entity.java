/**
 */
package org.castellan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything Castellan stores on its own: a stable identifier and the optimistic-concurrency version the store checks on every update.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Entity#getId <em>Id</em>}</li>
 *   <li>{@link org.castellan.model.Entity#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getEntity()
 * @model abstract="true"
 * @generated
 */
public interface Entity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable, globally unique identifier (a UUID); never shown to users and never reused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.castellan.model.CastellanPackage#getEntity_Id()
	 * @model id="true" required="true"
	 *        annotation="http://castellan.org/store length='36'"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.castellan.model.Entity#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the stored row this object was read from; the store refuses an update whose version is no longer current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(long)
	 * @see org.castellan.model.CastellanPackage#getEntity_Version()
	 * @model default="0"
	 * @generated
	 */
	long getVersion();

	/**
	 * Sets the value of the '{@link org.castellan.model.Entity#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(long value);

} // Entity
