package org.castellan.security.ui.internal.editors;

import java.util.Optional;

import org.castellan.security.SettingsAdministration.Setting;
import org.castellan.security.ui.internal.Messages;
import org.castellan.store.SettingDescriptor;
import org.castellan.store.SettingDescriptor.Kind;
import org.castellan.ui.Fields;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One setting in the Installation Settings editor: its caption, the control its kind calls for (a
 * check box, a list of choices, a text field with the default shown while empty, presets beside
 * it), and what it does below. Knows what the administrator changed and what is wrong with it.
 */
final class SettingField {

    /** The narrowest the descriptions wrap at, in average characters: wider when the editor is. */
    private static final int DESCRIPTION_CHARS = 40;
    private static final int NUMBER_CHARS = 12;
    private static final int NARROWEST_CHARS = 8;
    /** How many lines a several-line setting shows at once: a PEM certificate scrolls. */
    private static final int SHOWN_LINES = 6;
    /** A password policy written out: length=10 digit=true lower=true upper=true special=true expiry=0 warning=0. */
    private static final int POLICY_CHARS = 70;
    /** Pixels between one setting's description and the next one's name. */
    private static final int SETTING_GAP = 8;

    private final SettingDescriptor descriptor;
    private final Control control;
    private Setting shown;

    /**
     * Lays the setting out in rows of a two-column grid: its name, its field, its presets if it has
     * some, its description. Stacked rather than in a caption column, the field keeps its
     * width when the editor shares the window with views at 1024x768, in every language: a caption
     * column as wide as the longest French or Polish name left no room for the field.
     *
     * @param grid    a composite with a two-column grid
     * @param changed told after each change the administrator makes
     */
    SettingField(Composite grid, SettingDescriptor descriptor, Runnable changed) {
        this.descriptor = descriptor;
        Label caption = new Label(grid, SWT.WRAP);
        caption.setText(descriptor.label());
        caption.setToolTipText(descriptor.key());
        caption.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, grid.getChildren().length > 1 ? SETTING_GAP : 0)
                .hint(Fields.widthOf(caption, DESCRIPTION_CHARS), SWT.DEFAULT).minSize(Fields.widthOf(caption, NARROWEST_CHARS), SWT.DEFAULT)
                .applyTo(caption);
        control = switch (descriptor.kind()) {
            case FLAG -> {
                Button check = new Button(grid, SWT.CHECK);
                check.setText(Messages.settingEnabled);
                check.addListener(SWT.Selection, e -> changed.run());
                yield check;
            }
            case CHOICE -> {
                Combo choices = new Combo(grid, SWT.READ_ONLY);
                choices.setItems(descriptor.choices().toArray(String[]::new));
                choices.addListener(SWT.Selection, e -> changed.run());
                yield choices;
            }
            case NUMBER, TEXT, LINES -> {
                int lines = descriptor.kind() == Kind.LINES ? SWT.MULTI | SWT.V_SCROLL : SWT.SINGLE;
                Text text = new Text(grid, SWT.BORDER | lines | (descriptor.readOnly() ? SWT.READ_ONLY : SWT.NONE));
                text.setMessage(descriptor.defaultValue().isEmpty() ? Messages.settingNoDefault : descriptor.defaultValue());
                text.addListener(SWT.Modify, e -> changed.run());
                yield text;
            }
        };
        Fields.named(control, descriptor.key());
        control.setToolTipText(descriptor.key());
        // as wide as the values it holds, not the editor: a number field across the screen reads as a text
        int chars = descriptor.kind() == Kind.NUMBER ? NUMBER_CHARS : descriptor.presets().isEmpty() ? Fields.FIELD_WIDTH_CHARS : POLICY_CHARS;
        // and narrower down to a few characters when the editor is: grabbing columns shrink to their minimum
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).grab(true, false).span(2, 1)
                .hint(descriptor.kind() == Kind.FLAG ? SWT.DEFAULT : Fields.widthOf(control, chars),
                        descriptor.kind() == Kind.LINES ? ((Text) control).getLineHeight() * SHOWN_LINES : SWT.DEFAULT)
                .minSize(Fields.widthOf(control, NARROWEST_CHARS), SWT.DEFAULT).applyTo(control);
        if (!descriptor.presets().isEmpty()) {
            presets(grid);
        }
        Label description = new Label(grid, SWT.WRAP);
        description.setText(descriptor.defaultValue().isEmpty() ? descriptor.description()
                : NLS.bind(Messages.settingDescriptionWithDefault, descriptor.description(), readable(descriptor.defaultValue())));
        description.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(Fields.widthOf(description, DESCRIPTION_CHARS), SWT.DEFAULT)
                .minSize(Fields.widthOf(description, NARROWEST_CHARS), SWT.DEFAULT).applyTo(description);
    }

    /** A default as the person reads it: a flag's is on or off. */
    private String readable(String value) {
        if (descriptor.kind() != Kind.FLAG) {
            return descriptor.presetOf(value).map(p -> p.label()).orElse(value);
        }
        return Boolean.parseBoolean(value) ? Messages.settingOn : Messages.settingOff;
    }

    /** A list of the presets: picking one puts its value in the text field. */
    /** On a line of its own under the field: beside it, its longest preset would widen the editor past the window. */
    private void presets(Composite grid) {
        Combo presets = new Combo(grid, SWT.READ_ONLY);
        // grabbing, or its longest preset would hold the editor wider than the window
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).grab(true, false).span(2, 1)
                .minSize(Fields.widthOf(presets, NARROWEST_CHARS), SWT.DEFAULT).applyTo(presets);
        Fields.named(presets, descriptor.key() + ".presets"); //$NON-NLS-1$
        presets.add(Messages.settingPresets);
        descriptor.presets().forEach(p -> presets.add(p.label()));
        presets.select(0);
        presets.addListener(SWT.Selection, e -> {
            int index = presets.getSelectionIndex() - 1;
            if (index >= 0) {
                ((Text) control).setText(descriptor.presets().get(index).value());
            }
        });
    }

    Control control() {
        return control;
    }

    SettingDescriptor descriptor() {
        return descriptor;
    }

    /** Shows what the installation holds now. */
    void show(Setting setting) {
        shown = setting;
        switch (control) {
            case Button check -> check.setSelection(Boolean.parseBoolean(setting.effective()));
            case Combo choices -> choices.select(Math.max(0, descriptor.choices().indexOf(setting.effective())));
            case Text text -> text.setText(setting.stored().orElse("")); //$NON-NLS-1$
            default -> throw new IllegalStateException(control.toString());
        }
    }

    /** The value as the administrator left it; empty text stands for the default. */
    private String value() {
        return switch (control) {
            case Button check -> Boolean.toString(check.getSelection());
            case Combo choices -> choices.getText();
            case Text text -> text.getText().strip();
            default -> throw new IllegalStateException(control.toString());
        };
    }

    /** The value to save, when the administrator changed it. */
    Optional<String> change() {
        if (shown == null || descriptor.readOnly()) {
            return Optional.empty();
        }
        String now = value();
        String before = control instanceof Text ? shown.stored().orElse("") : shown.effective(); //$NON-NLS-1$
        return now.equals(before) ? Optional.empty() : Optional.of(now);
    }

    /** What is wrong with the changed value, as the service would say it. */
    Optional<String> problem() {
        Optional<String> change = change().map(descriptor::normalize).filter(v -> !v.isEmpty());
        Optional<String> problem = change.flatMap(descriptor::problem);
        control.setBackground(problem.isPresent() ? control.getDisplay().getSystemColor(SWT.COLOR_YELLOW) : null);
        return problem.map(p -> NLS.bind(Messages.settingProblem, descriptor.label(), p));
    }
}
