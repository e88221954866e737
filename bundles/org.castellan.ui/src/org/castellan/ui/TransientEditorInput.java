package org.castellan.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input that names what it edits and nothing more: it is not a file, is not kept across
 * restarts (the objects behind it are read from the store when the editor opens) and adapts to
 * nothing. An interface, so that record inputs can use it too; an input defines {@link #getName()}
 * and, when two inputs may stand for the same object, {@code equals}.
 *
 * @since 0.1
 */
public interface TransientEditorInput extends IEditorInput {

    @Override
    default <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    default boolean exists() {
        return false;
    }

    @Override
    default ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    default IPersistableElement getPersistable() {
        return null;
    }

    @Override
    default String getToolTipText() {
        return getName();
    }
}
