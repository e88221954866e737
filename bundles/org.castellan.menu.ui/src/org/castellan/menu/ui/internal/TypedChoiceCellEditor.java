package org.castellan.menu.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;

/**
 * A choice among fixed items that also takes an item typed: a level typed as 7, then Enter, is level
 * 7, as picking it in the list is. A read-only list ignores typing, which administrators used to
 * typing levels took for a refusal. Its value is the index of the item chosen or typed, and -1 for
 * a text that is none of them, which the caller refuses with a message.
 */
final class TypedChoiceCellEditor extends ComboBoxCellEditor {

    TypedChoiceCellEditor(Composite parent, String[] items) {
        super(parent, items, SWT.NONE);
    }

    @Override
    protected Object doGetValue() {
        return Arrays.asList(getItems()).indexOf(typed());
    }

    /** The text typed, for the message that refuses it. */
    String typed() {
        return ((CCombo) getControl()).getText().strip();
    }
}
