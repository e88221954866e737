package org.castellan.security.ui.internal.editors;

import java.util.List;
import java.util.function.Function;

import org.castellan.security.AccountException;
import org.castellan.security.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * An editor of a role or a group: an object known by its name, with a description, read from the
 * list of all of them, and copied by Save As under a name the administrator gives.
 *
 * @param <S> the state read from the services (a view record)
 */
abstract class NamedObjectEditor<S> extends SecurityEditor<S> {

    /** The texts that differ between roles and groups. */
    protected record Wording(String nameCaption, String heading, String gone, String copyTitle, String copyMessage) {
    }

    private final Wording wording;
    private final Function<S, String> nameOf;
    private final Function<S, String> descriptionOf;
    private final Work<List<S>> all;
    protected Text name;
    protected Text description;

    /**
     * @param all all the objects of this kind, as the service lists them
     */
    protected NamedObjectEditor(Wording wording, Function<S, String> nameOf, Function<S, String> descriptionOf, Work<List<S>> all) {
        this.wording = wording;
        this.nameOf = nameOf;
        this.descriptionOf = descriptionOf;
        this.all = all;
    }

    /** Fills the widgets other than the name and description. */
    protected abstract void showRest(S state) throws AccountException;

    /** Whether the widgets other than the name and description differ from {@code state}. */
    protected abstract boolean restDiffers(S state);

    /** Creates the object named {@code copyName} with the widgets' content (Save As). */
    protected abstract void createCopy(String copyName, String copyDescription) throws AccountException;

    /** The grid of captioned fields, with the name and description in it. */
    protected final Composite nameAndDescription(Composite parent, String nameWidget, String descriptionWidget) {
        Composite fields = fieldGrid(parent);
        name = field(fields, wording.nameCaption(), nameWidget, SWT.SINGLE);
        description = field(fields, Messages.fieldDescription, descriptionWidget, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        return fields;
    }

    @Override
    protected final S read(String key) throws AccountException {
        return named(all.run(), nameOf, key, wording.gone());
    }

    @Override
    protected final void show(S state) throws AccountException {
        name.setText(nameOf.apply(state));
        String stored = descriptionOf.apply(state);
        description.setText(stored == null ? "" : stored); //$NON-NLS-1$
        showRest(state);
    }

    @Override
    protected final boolean differs(S state) {
        return !same(name, nameOf.apply(state)) || !same(description, descriptionOf.apply(state)) || restDiffers(state);
    }

    @Override
    protected final String saveAsNew(S state) throws AccountException {
        String copyName = askCopyName(wording.copyTitle(), wording.copyMessage(), nameOf.apply(state));
        if (copyName == null) {
            return null;
        }
        createCopy(copyName, value(description));
        return copyName.strip();
    }

    @Override
    protected final String heading(S state) {
        return NLS.bind(wording.heading(), nameOf.apply(state));
    }
}
