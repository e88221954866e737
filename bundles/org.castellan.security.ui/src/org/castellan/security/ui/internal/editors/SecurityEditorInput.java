package org.castellan.security.ui.internal.editors;

import java.util.Objects;

import org.castellan.ui.TransientEditorInput;

/**
 * A user, role or group opened in its editor, known by its login or name. Two inputs on the same
 * object are equal, so opening it again activates the editor already open.
 */
public record SecurityEditorInput(Kind kind, String key) implements TransientEditorInput {

    /** What kind of object; the editor id opens it. */
    public enum Kind {
        USER(UserEditor.ID), ROLE(RoleEditor.ID), GROUP(GroupEditor.ID);

        final String editorId;

        Kind(String editorId) {
            this.editorId = editorId;
        }
    }

    /**
     * @param key the user's login, or the role's or group's name
     */
    public SecurityEditorInput {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(key);
    }

    @Override
    public String getName() {
        return key;
    }
}
