/**
 */
package org.castellan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Permission Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Permission level on an object, in increasing order; No access wins over every other level.
 * <!-- end-model-doc -->
 * @see org.castellan.model.CastellanPackage#getPermissionLevel()
 * @model
 * @generated
 */
public enum PermissionLevel implements Enumerator {
	/**
	 * The '<em><b>No Access</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object does not exist for the principal.
	 * <!-- end-model-doc -->
	 * @see #NO_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	NO_ACCESS(0, "noAccess", "No access"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Preview</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object can be seen and run.
	 * <!-- end-model-doc -->
	 * @see #PREVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	PREVIEW(1, "preview", "Preview"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Limited</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object can be run with its parameters changed.
	 * <!-- end-model-doc -->
	 * @see #LIMITED_VALUE
	 * @generated
	 * @ordered
	 */
	LIMITED(2, "limited", "Limited"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Edit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object can be changed.
	 * <!-- end-model-doc -->
	 * @see #EDIT_VALUE
	 * @generated
	 * @ordered
	 */
	EDIT(3, "edit", "Edit"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>No Access</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object does not exist for the principal.
	 * <!-- end-model-doc -->
	 * @see #NO_ACCESS
	 * @model name="noAccess" literal="No access"
	 * @generated
	 * @ordered
	 */
	public static final int NO_ACCESS_VALUE = 0;

	/**
	 * The '<em><b>Preview</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object can be seen and run.
	 * <!-- end-model-doc -->
	 * @see #PREVIEW
	 * @model name="preview" literal="Preview"
	 * @generated
	 * @ordered
	 */
	public static final int PREVIEW_VALUE = 1;

	/**
	 * The '<em><b>Limited</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object can be run with its parameters changed.
	 * <!-- end-model-doc -->
	 * @see #LIMITED
	 * @model name="limited" literal="Limited"
	 * @generated
	 * @ordered
	 */
	public static final int LIMITED_VALUE = 2;

	/**
	 * The '<em><b>Edit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The object can be changed.
	 * <!-- end-model-doc -->
	 * @see #EDIT
	 * @model name="edit" literal="Edit"
	 * @generated
	 * @ordered
	 */
	public static final int EDIT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Permission Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PermissionLevel[] VALUES_ARRAY =
		new PermissionLevel[] {
			NO_ACCESS,
			PREVIEW,
			LIMITED,
			EDIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Permission Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PermissionLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Permission Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PermissionLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PermissionLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PermissionLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PermissionLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PermissionLevel get(int value) {
		switch (value) {
			case NO_ACCESS_VALUE: return NO_ACCESS;
			case PREVIEW_VALUE: return PREVIEW;
			case LIMITED_VALUE: return LIMITED;
			case EDIT_VALUE: return EDIT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PermissionLevel(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PermissionLevel
