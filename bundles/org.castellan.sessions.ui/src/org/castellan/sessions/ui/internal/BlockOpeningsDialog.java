package org.castellan.sessions.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.castellan.security.AuthenticatedUser;
import org.castellan.sessions.Ban;
import org.castellan.sessions.BanRequest;
import org.castellan.sessions.SessionException;
import org.castellan.sessions.SessionRegistry;
import org.castellan.ui.Fields;
import org.castellan.ui.TitledDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * "Block Openings": the company (the current one by default, or *** for all) and the period (from
 * now to 19:00 by default, or any period to come), with a message for the people refused. The
 * registry checks it; a refusal (an end before the start, a period over) stays in the dialog and
 * nothing is saved.
 */
public final class BlockOpeningsDialog extends TitledDialog {

    /** Widget names (see {@link Fields#NAME}). */
    public static final String COMPANY = "company"; //$NON-NLS-1$
    public static final String FROM_DATE = "fromDate"; //$NON-NLS-1$
    public static final String FROM_TIME = "fromTime"; //$NON-NLS-1$
    public static final String TO_DATE = "toDate"; //$NON-NLS-1$
    public static final String TO_TIME = "toTime"; //$NON-NLS-1$
    public static final String MESSAGE = "message"; //$NON-NLS-1$

    private final SessionRegistry registry;
    private final AuthenticatedUser actor;
    private final BanRequest proposed;
    private final List<String> companies;
    private final ZoneId zone;
    private Combo company;
    private DateTime fromDate;
    private DateTime fromTime;
    private DateTime toDate;
    private DateTime toTime;
    private Text message;

    public BlockOpeningsDialog(Shell parent, SessionRegistry registry, AuthenticatedUser actor, String currentCompany, ZoneId zone)
            throws SessionException {
        super(parent, Messages.blockTitle, Messages.blockButton);
        this.registry = Objects.requireNonNull(registry);
        this.actor = Objects.requireNonNull(actor);
        this.zone = Objects.requireNonNull(zone);
        this.companies = new ArrayList<>(registry.companies());
        this.companies.add(Ban.ALL_COMPANIES);
        String initial = currentCompany != null ? currentCompany : companies.get(0);
        this.proposed = registry.defaultBan(initial, zone);
    }

    @Override
    public void create() {
        createTitled(Messages.blockTitle, Messages.blockMessage);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = createBody(area, 3);

        company = Fields.choice(body, Messages.blockCompany, COMPANY, companies.toArray(String[]::new));
        company.select(Math.max(0, companies.indexOf(proposed.company())));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(company);

        new Label(body, SWT.NONE).setText(Messages.blockFrom);
        fromDate = dateTime(body, SWT.DATE | SWT.DROP_DOWN, FROM_DATE, proposed.startsAt());
        fromTime = dateTime(body, SWT.TIME | SWT.SHORT, FROM_TIME, proposed.startsAt());
        new Label(body, SWT.NONE).setText(Messages.blockTo);
        toDate = dateTime(body, SWT.DATE | SWT.DROP_DOWN, TO_DATE, proposed.endsAt());
        toTime = dateTime(body, SWT.TIME | SWT.SHORT, TO_TIME, proposed.endsAt());

        Label text = new Label(body, SWT.NONE);
        text.setText(Messages.blockText);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(text);
        message = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        message.setData(Fields.NAME, MESSAGE);
        message.setTextLimit(500);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(380, 60).applyTo(message);
        applyDialogFont(body);
        return area;
    }

    private DateTime dateTime(Composite parent, int style, String name, Instant value) {
        DateTime widget = new DateTime(parent, style | SWT.BORDER);
        widget.setData(Fields.NAME, name);
        LocalDateTime local = LocalDateTime.ofInstant(value, zone);
        if ((style & SWT.DATE) != 0) {
            widget.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
        } else {
            widget.setTime(local.getHour(), local.getMinute(), 0);
        }
        return widget;
    }

    @Override
    protected void okPressed() {
        // "From now": a start left at the proposed minute is the moment of the click, not a minute ago.
        Instant start = read(fromDate, fromTime);
        if (start.equals(proposed.startsAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
            start = proposed.startsAt();
        }
        BanRequest request = new BanRequest(company.getText(), start, read(toDate, toTime), message.getText());
        try {
            registry.block(actor, request);
        } catch (SessionException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    private Instant read(DateTime date, DateTime time) {
        return ZonedDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes(), 0, 0, zone).toInstant();
    }
}
