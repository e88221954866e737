package org.castellan.menu.ui.internal;

import org.castellan.ui.TransientEditorInput;
import org.eclipse.jface.resource.ImageDescriptor;

/** The one Main menu definition of the installation. */
public final class MainMenuDefinitionInput implements TransientEditorInput {

    public static final MainMenuDefinitionInput INSTANCE = new MainMenuDefinitionInput();

    private MainMenuDefinitionInput() {
    }

    /** No image of its own: the editor's icon stands for the one definition. */
    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.editorName;
    }
}
