package org.castellan.datarights.ui.internal;

import java.util.Objects;

import org.castellan.ui.TransientEditorInput;

/**
 * What a data-rights editor edits: the folder/report rights of the installation, or one data right
 * (by id; empty for a new one).
 *
 * @param objects     true for the folder/report rights
 * @param dataRightId the data right's id, empty for the folder/report rights and for a new data right
 * @param name        the tab's name
 */
public record DataRightsEditorInput(boolean objects, String dataRightId, String name) implements TransientEditorInput {

    public DataRightsEditorInput {
        Objects.requireNonNull(dataRightId);
        Objects.requireNonNull(name);
    }

    public static DataRightsEditorInput objectRights() {
        return new DataRightsEditorInput(true, "", Messages.editorObjectsName); //$NON-NLS-1$
    }

    @Override
    public String getName() {
        return name;
    }

    /** Same object edited: the same editor is brought to the front. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DataRightsEditorInput input)) {
            return false;
        }
        if (objects || input.objects) {
            return objects == input.objects;
        }
        return !dataRightId.isEmpty() && dataRightId.equals(input.dataRightId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objects, dataRightId);
    }
}
