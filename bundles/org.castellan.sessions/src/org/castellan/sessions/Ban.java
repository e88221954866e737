package org.castellan.sessions;

import java.time.Instant;
import java.util.Objects;

/**
 * A ban on new logins: from {@code startsAt} (inclusive) to {@code endsAt} (exclusive), on one
 * company or on all of them ({@link #ALL_COMPANIES}). It never closes the sessions already open.
 *
 * @param id          the ban's identifier
 * @param company     a company's code, or {@link #ALL_COMPANIES}
 * @param startsAt    when it begins (database time)
 * @param endsAt      when it ends (database time)
 * @param message     what the people it refuses are told; may be empty
 * @param authorId    the id of the administrator who set it
 * @param authorLogin his login
 * @param authorName  his display name
 *
 * @since 0.1
 */
public record Ban(String id, String company, Instant startsAt, Instant endsAt, String message, String authorId, String authorLogin,
        String authorName) {

    /** The company of a ban on every company, as the list shows it. */
    public static final String ALL_COMPANIES = "***"; //$NON-NLS-1$

    public Ban {
        Objects.requireNonNull(id);
        Objects.requireNonNull(company);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(endsAt);
        Objects.requireNonNull(authorId);
        Objects.requireNonNull(authorLogin);
        message = message == null ? "" : message; //$NON-NLS-1$
        authorName = authorName == null || authorName.isBlank() ? authorLogin : authorName;
    }

    public boolean allCompanies() {
        return ALL_COMPANIES.equals(company);
    }

    /** Whether a login on {@code companyCode} (null: an installation-wide session) at {@code at} is refused. */
    public boolean refuses(String companyCode, Instant at) {
        return (allCompanies() || company.equals(companyCode)) && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** A line for the audit journal. */
    public String describe() {
        return company + " from " + startsAt + " to " + endsAt + " by " + authorLogin //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (message.isEmpty() ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
