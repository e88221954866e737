package org.castellan.security.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;

import org.castellan.security.PasswordPolicy;
import org.castellan.security.ui.internal.Messages;
import org.castellan.ui.Fields;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/** The fields of a password policy: length, kinds of characters, expiry and its warning. */
public final class PolicyFields {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String LENGTH = "policyLength"; //$NON-NLS-1$
    public static final String DIGIT = "policyDigit"; //$NON-NLS-1$
    public static final String LOWER = "policyLower"; //$NON-NLS-1$
    public static final String UPPER = "policyUpper"; //$NON-NLS-1$
    public static final String SPECIAL = "policySpecial"; //$NON-NLS-1$
    public static final String EXPIRY = "policyExpiry"; //$NON-NLS-1$
    public static final String WARNING = "policyWarning"; //$NON-NLS-1$

    private static final int LONGEST_EXPIRY_DAYS = 3650;

    private final Composite control;
    private final Spinner length;
    private final Button digit;
    private final Button lower;
    private final Button upper;
    private final Button special;
    private final Spinner expiry;
    private final Spinner warning;
    private final List<Runnable> listeners = new ArrayList<>();

    public PolicyFields(Composite parent) {
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
        length = spinner(Messages.policyLength, LENGTH, PasswordPolicy.LONGEST_MINIMUM);
        digit = check(Messages.policyDigit, DIGIT);
        lower = check(Messages.policyLower, LOWER);
        upper = check(Messages.policyUpper, UPPER);
        special = check(Messages.policySpecial, SPECIAL);
        expiry = spinner(Messages.policyExpiry, EXPIRY, LONGEST_EXPIRY_DAYS);
        warning = spinner(Messages.policyWarning, WARNING, LONGEST_EXPIRY_DAYS);
    }

    private Spinner spinner(String caption, String name, int maximum) {
        new Label(control, SWT.NONE).setText(caption);
        Spinner spinner = new Spinner(control, SWT.BORDER);
        spinner.setMinimum(0);
        spinner.setMaximum(maximum);
        spinner.setData(Fields.NAME, name);
        spinner.addModifyListener(e -> listeners.forEach(Runnable::run));
        return spinner;
    }

    private Button check(String text, String name) {
        new Label(control, SWT.NONE);
        Button check = new Button(control, SWT.CHECK);
        check.setText(text);
        check.setData(Fields.NAME, name);
        check.addListener(SWT.Selection, e -> listeners.forEach(Runnable::run));
        GridDataFactory.fillDefaults().applyTo(check);
        return check;
    }

    public void set(PasswordPolicy policy) {
        length.setSelection(policy.minimumLength());
        digit.setSelection(policy.digit());
        lower.setSelection(policy.lowerCase());
        upper.setSelection(policy.upperCase());
        special.setSelection(policy.special());
        expiry.setSelection(policy.maximumAgeDays());
        warning.setSelection(policy.warningDays());
    }

    public PasswordPolicy policy() {
        return new PasswordPolicy(length.getSelection(), digit.getSelection(), lower.getSelection(), upper.getSelection(),
                special.getSelection(), expiry.getSelection(), warning.getSelection());
    }

    public void setEnabled(boolean enabled) {
        for (org.eclipse.swt.widgets.Control child : control.getChildren()) {
            child.setEnabled(enabled);
        }
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public Composite control() {
        return control;
    }
}
