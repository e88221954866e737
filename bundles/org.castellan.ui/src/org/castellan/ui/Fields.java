package org.castellan.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Labelled fields of Castellan's dialogs, each named with {@link #NAME} so that accessibility
 * tools, UI tests and support scripts find a field without depending on its position.
 *
 * @since 0.1
 */
public final class Fields {

    /**
     * Key of the widget data that names a field (see {@link Widget#getData(String)}); it kept the
     * application bundle's name when the class moved here, since tests and scripts look fields up by it.
     */
    public static final String NAME = "org.castellan.app.field"; //$NON-NLS-1$

    /** Marks the caption labels made by {@link #text}. */
    private static final String CAPTION = "org.castellan.app.caption"; //$NON-NLS-1$

    /** Minimum width of a title-area dialog, in dialog units (as JFace's TitleAreaDialog has it). */
    public static final int MINIMUM_DIALOG_WIDTH_DLUS = 350;

    /** Width of text fields, in characters. */
    public static final int FIELD_WIDTH_CHARS = 36;

    private Fields() {
    }

    /** A label and a text field in a two-column grid. */
    public static Text text(Composite parent, String label, String name, int style) {
        caption(parent, label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
        text.setData(NAME, name);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER)
                .hint(widthOf(text, FIELD_WIDTH_CHARS), SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A caption and, beside it, a read-only choice of {@code items} named {@code name}. */
    public static Combo choice(Composite parent, String caption, String name, String... items) {
        new Label(parent, SWT.NONE).setText(caption);
        Combo choice = new Combo(parent, SWT.READ_ONLY);
        choice.setItems(items);
        choice.setData(NAME, name);
        return choice;
    }

    /** The caption of a field, in the first column of a two-column grid. */
    public static Label caption(Composite parent, String text) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setData(CAPTION, Boolean.TRUE);
        caption.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(caption);
        return caption;
    }

    /** The width of {@code chars} average characters of the control's font, in pixels. */
    public static int widthOf(Control control, int chars) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * chars);
        } finally {
            gc.dispose();
        }
    }

    /** Gives every caption under the root the width of the widest, so fields line up across groups. */
    public static void alignCaptions(Composite root) {
        List<Label> captions = new ArrayList<>();
        collectCaptions(root, captions);
        int width = 0;
        for (Label caption : captions) {
            width = Math.max(width, caption.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        }
        for (Label caption : captions) {
            ((GridData) caption.getLayoutData()).widthHint = width;
        }
    }

    private static void collectCaptions(Composite parent, List<Label> into) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && Boolean.TRUE.equals(label.getData(CAPTION))) {
                into.add(label);
            } else if (child instanceof Composite composite) {
                collectCaptions(composite, into);
            }
        }
    }

    /**
     * Sets the width hint of wrapping labels to the width they get once the body is laid out, so
     * that the dialog's height is computed for the lines they really take (a label wrapped at a
     * narrower hint would leave empty lines).
     *
     * @param minimumWidth the width the body gets at least (a title-area dialog is at least 350
     *                     dialog units wide)
     */
    public static void fitWrapped(Composite body, int minimumWidth, Label... labels) {
        Point natural = body.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        int width = Math.max(natural.x, minimumWidth);
        body.setSize(width, body.computeSize(width, SWT.DEFAULT, true).y);
        body.layout(true, true);
        for (Label label : labels) {
            int actual = label.getSize().x;
            if (actual > 0) {
                ((GridData) label.getLayoutData()).widthHint = actual;
            }
        }
    }

    /**
     * A row of filters or buttons that wraps onto further lines when its part is too narrow (a view
     * beside others at 1024x768, longer words in another language), rather than squeezing and
     * cutting them. Its controls take no layout data, or {@code RowData}.
     *
     * @param parent a composite laid out by a {@code GridLayout}: the row fills its width
     */
    public static Composite flow(Composite parent) {
        Composite flow = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginLeft = 0;
        layout.marginRight = 0;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        flow.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(flow);
        return flow;
    }

    /**
     * A caption and its field, kept on one line within a {@link #flow}: the caption is made here,
     * the field goes into the returned composite after it.
     */
    public static Composite captioned(Composite flow, String caption) {
        Composite pair = new Composite(flow, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
        Label label = new Label(pair, SWT.NONE);
        label.setText(caption);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        return pair;
    }

    /** The composite of a dialog's fields, filling its area and laid out by {@code layout}. */
    public static Composite body(Composite area, GridLayoutFactory layout) {
        Composite body = new Composite(area, SWT.NONE);
        layout.applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        return body;
    }

    /** Names the widget (see {@link #NAME}). */
    public static <W extends Widget> W named(W widget, String name) {
        widget.setData(NAME, name);
        return widget;
    }
}
