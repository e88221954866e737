package org.castellan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.castellan.security.PasswordPolicy;
import org.castellan.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Every rule of a password policy, shown under a password field in a two-column grid and marked as
 * met or still broken while the person types ({@link #update}). Used by every dialog where a
 * password is chosen, so they all explain the rules the same way.
 *
 * @since 0.1
 */
public final class PasswordRulesChecklist {

    private final PasswordPolicy policy;
    private final Label label;

    /**
     * @param parent a composite with a two-column grid layout (captions, fields)
     * @param name   the field name (see {@link Fields#NAME})
     */
    public PasswordRulesChecklist(Composite parent, PasswordPolicy policy, String name) {
        this.policy = Objects.requireNonNull(policy);
        new Label(parent, SWT.NONE); // under the captions
        label = Fields.named(new Label(parent, SWT.WRAP), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(Fields.widthOf(label, Fields.FIELD_WIDTH_CHARS), SWT.DEFAULT)
                .applyTo(label);
        update(new char[0]);
    }

    public Label label() {
        return label;
    }

    /** Marks each rule for the password typed now (which the caller wipes). */
    public void update(char[] password) {
        label.setText(text(policy.check(password)));
    }

    /**
     * Keeps the dialog from jumping as the list changes: room for the list an empty password gets.
     * Call once the label's width is final ({@link Fields#fitWrapped}).
     */
    public void reserveHeight() {
        GridData data = (GridData) label.getLayoutData();
        data.heightHint = label.computeSize(data.widthHint, SWT.DEFAULT).y;
    }

    /**
     * Every rule of the policy, each marked as still broken or met, plus any other rule the
     * password breaks (a control character).
     */
    private String text(List<String> broken) {
        List<String> rules = new ArrayList<>(policy.rules());
        broken.stream().filter(rule -> !rules.contains(rule)).forEach(rules::add);
        StringBuilder text = new StringBuilder(
                broken.isEmpty() ? Messages.passwordFollowsRules : NLS.bind(Messages.passwordRulesHeader, broken.size(), rules.size()));
        for (String rule : rules) {
            text.append('\n').append(NLS.bind(broken.contains(rule) ? Messages.passwordRuleBroken : Messages.passwordRuleMet, rule));
        }
        return text.toString();
    }
}
