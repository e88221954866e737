package org.castellan.home.ui.internal;

import org.castellan.ui.Fields;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** One box of the home: a title, lines of state, and the buttons that act on it. */
final class Card {

    private final Group group;
    private Composite buttons;

    Card(Composite parent, String title, int span) {
        group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().margins(8, 4).spacing(6, 4).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(group);
    }

    /** A line of state that wraps within the card. */
    Label line(String name) {
        Label line = Fields.named(new Label(group, SWT.WRAP), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(line);
        return line;
    }

    Button button(String text, String name, Runnable action) {
        if (buttons == null) {
            buttons = new Composite(group, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(0).applyTo(buttons);
            GridDataFactory.fillDefaults().applyTo(buttons);
        }
        ((org.eclipse.swt.layout.GridLayout) buttons.getLayout()).numColumns++;
        Button button = Fields.named(new Button(buttons, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    Composite body() {
        return group;
    }

    /** Red for what needs acting on now, the usual colour otherwise. */
    static void alarm(Label line, boolean alarm) {
        line.setForeground(alarm ? line.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
    }

    /** The card's text changed: let its lines wrap again. */
    void layout() {
        group.getParent().layout(true, true);
    }
}
