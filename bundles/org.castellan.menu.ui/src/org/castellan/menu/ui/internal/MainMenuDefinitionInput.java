package org.castellan.menu.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The one Main menu definition of the installation. */
public final class MainMenuDefinitionInput implements IEditorInput {

    public static final MainMenuDefinitionInput INSTANCE = new MainMenuDefinitionInput();

    private MainMenuDefinitionInput() {
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.editorName;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.editorName;
    }
}
