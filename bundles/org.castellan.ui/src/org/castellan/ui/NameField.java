package org.castellan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.castellan.ui.internal.Messages;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A text field that picks one of many names (a user among 100,000, where a drop-down list would
 * hold them all and take minutes to open): typing proposes the first {@value #PROPOSALS} names
 * containing what was typed, in any case; Ctrl+Space proposes them at once. The field's choice is
 * the name typed or picked, found exactly, or else in any case when only one name matches so.
 *
 * @param <T> what each name stands for
 * @since 0.1
 */
public final class NameField<T> {

    /** The most names proposed at once: enough to scroll through, few enough to show at once. */
    public static final int PROPOSALS = 200;

    /** The characters that open the proposals as they are typed: letters of the five languages, digits, a login's punctuation. */
    private static final char[] TYPED_CHARACTERS = typedCharacters();

    private final Text text;
    private final List<String> names = new ArrayList<>();
    private final List<String> foldedNames = new ArrayList<>();
    private final Map<String, T> byName = new HashMap<>();
    private final Map<String, List<T>> byFoldedName = new HashMap<>();
    private final ContentProposalAdapter proposals;

    /**
     * @param values what can be chosen, in the order proposed
     * @param name   how each value is shown and typed
     */
    public NameField(Composite parent, String fieldName, List<T> values, Function<T, String> name) {
        text = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.SEARCH);
        text.setData(Fields.NAME, fieldName);
        text.setMessage(Messages.nameFieldHint);
        text.setData(NameField.class.getName(), this); // for whoever finds the field by name and needs its choice
        for (T value : values) {
            String shown = name.apply(value);
            names.add(shown);
            foldedNames.add(fold(shown));
            byName.putIfAbsent(shown, value);
            byFoldedName.computeIfAbsent(fold(shown), key -> new ArrayList<>()).add(value);
        }
        proposals = new ContentProposalAdapter(text, new TextContentAdapter(), provider(), KeyStroke.getInstance(SWT.CTRL, ' '),
                TYPED_CHARACTERS);
        proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
    }

    public Text control() {
        return text;
    }

    /** Runs {@code action} when a proposal is picked or Enter pressed in the field. */
    public void onChosen(Runnable action) {
        Objects.requireNonNull(action);
        proposals.addContentProposalListener(proposal -> action.run());
        text.addListener(SWT.DefaultSelection, e -> {
            if (!proposals.isProposalPopupOpen()) {
                action.run();
            }
        });
    }

    /** The value named in the field, if it names one (see the class comment). */
    public Optional<T> chosen() {
        String typed = typed();
        T exact = byName.get(typed);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<T> folded = byFoldedName.getOrDefault(fold(typed), List.of());
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /** What the field holds, trimmed, for messages about a name that matches nothing. */
    public String typed() {
        return text.getText().trim();
    }

    /** Shows {@code name} in the field, as if typed. */
    public void setText(String name) {
        text.setText(name);
    }

    /** The names proposed for {@code typed}: at most {@link #PROPOSALS} containing it in any case, in the given order. */
    public List<String> proposalsFor(String typed) {
        String wanted = fold(typed.trim());
        List<String> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (foldedNames.get(i).contains(wanted)) {
                found.add(names.get(i));
                if (found.size() == PROPOSALS) {
                    break;
                }
            }
        }
        return found;
    }

    private IContentProposalProvider provider() {
        return (contents, position) -> proposalsFor(contents).stream().map(ContentProposal::new).toArray(IContentProposal[]::new);
    }

    private static char[] typedCharacters() {
        StringBuilder typed = new StringBuilder("._-@ "); //$NON-NLS-1$
        for (char c = '0'; c <= '\u017f'; c++) {
            if (Character.isLetterOrDigit(c)) {
                typed.append(c);
            }
        }
        return typed.toString().toCharArray();
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
