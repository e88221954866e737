/**
 * What every Castellan UI bundle shares: the dialogs' look and fields ({@link org.castellan.ui.Fields},
 * {@link org.castellan.ui.TitledDialog}, {@link org.castellan.ui.CompactTitleAreaDialog},
 * {@link org.castellan.ui.ChangePasswordDialog}), the editors' inputs and refusal text
 * ({@link org.castellan.ui.TransientEditorInput}, {@link org.castellan.ui.EditorProblem}), table
 * columns ({@link org.castellan.ui.Columns}), the two-list picker ({@link org.castellan.ui.DualListPicker}),
 * listening to every workbench window ({@link org.castellan.ui.WorkbenchFollower}), and the one way
 * to reach OSGi services ({@link org.castellan.ui.Services}) and follow EventAdmin events
 * ({@link org.castellan.ui.Events}).
 *
 * @since 0.1
 */
package org.castellan.ui;
