package org.castellan.security.ui.internal.editors;

import java.util.Objects;

import org.castellan.ui.TransientEditorInput;

/**
 * A user, role or group opened in its editor, known by its login or name. Two inputs on the same
 * object are equal, so opening it again activates the editor already open.
 */
public final class SecurityEditorInput implements TransientEditorInput {

    /** What kind of object; the editor id opens it. */
    public enum Kind {
        USER(UserEditor.ID), ROLE(RoleEditor.ID), GROUP(GroupEditor.ID);

        final String editorId;

        Kind(String editorId) {
            this.editorId = editorId;
        }
    }

    private final Kind kind;
    private final String key;

    public SecurityEditorInput(Kind kind, String key) {
        this.kind = Objects.requireNonNull(kind);
        this.key = Objects.requireNonNull(key);
    }

    public Kind kind() {
        return kind;
    }

    /** The user's login, or the role's or group's name. */
    public String key() {
        return key;
    }

    @Override
    public String getName() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecurityEditorInput o && o.kind == kind && o.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key);
    }
}
