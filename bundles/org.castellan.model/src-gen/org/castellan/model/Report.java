/**
 */
package org.castellan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A report (or other leaf object) of the object tree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.castellan.model.Report#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.castellan.model.CastellanPackage#getReport()
 * @model
 * @generated
 */
public interface Report extends RepositoryObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of object as the host application names it (report, dashboard...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.castellan.model.CastellanPackage#getReport_Kind()
	 * @model annotation="http://castellan.org/store column='object_kind' length='60'"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.castellan.model.Report#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

} // Report
