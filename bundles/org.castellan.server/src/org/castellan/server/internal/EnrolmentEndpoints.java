package org.castellan.server.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.audit.AuditException;
import org.castellan.audit.JournalEvent;
import org.castellan.security.AccountService;
import org.castellan.server.DecisionServices;
import org.castellan.server.client.Fingerprints;
import org.eclipse.osgi.util.NLS;

/**
 * Enrolment of client workstations: an administrator asks for a one-time code (with his token),
 * and a workstation that offers it once, before it expires, is told it is enrolled. The
 * workstation pins the certificate it met on the way; the server's answer repeats that
 * certificate's fingerprint, so both ends agree on what was pinned.
 */
final class EnrolmentEndpoints {

    /** An administrator was given an enrolment code (properties {@code actor}, {@code expiresAt}). */
    static final String TOPIC_CODE_ISSUED = "org/castellan/server/enrolment/CODE_ISSUED"; //$NON-NLS-1$
    /** A workstation enrolled with a code (properties {@code actor}: who issued it, {@code workstation}, {@code address}). */
    static final String TOPIC_ENROLLED = "org/castellan/server/enrolment/ENROLLED"; //$NON-NLS-1$

    private final DecisionServices services;
    private final Enrolments enrolments;
    private final AttemptLimits perAddress;
    private final String fingerprint;

    EnrolmentEndpoints(DecisionServices services, Enrolments enrolments, AttemptLimits perAddress, String fingerprint) {
        this.services = services;
        this.enrolments = enrolments;
        this.perAddress = perAddress;
        this.fingerprint = fingerprint;
    }

    /** A new code, for administrators only (the right to administer security, checked here on the server). */
    Reply issue(Call call) throws ApiError {
        if (!services.access().rightsOf(call.grant().user().id()).contains(AccountService.ADMINISTER_RIGHT)) {
            throw new ApiError(403, "not_administrator", NLS.bind(Messages.enrolmentNotAdministrator, call.grant().user().login())); //$NON-NLS-1$
        }
        Enrolments.Issued issued = enrolments.issue(call.grant().user().login());
        // Never shown unless journaled: a code no row records would enrol a workstation unseen.
        journal(TOPIC_CODE_ISSUED, Map.of("actor", call.grant().user().login(), "expiresAt", issued.expiresAt().toString())); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("code", issued.code()); //$NON-NLS-1$
        reply.put("expiresAt", issued.expiresAt().toString()); //$NON-NLS-1$
        reply.put("fingerprint", fingerprint); //$NON-NLS-1$
        return new Reply(201, reply);
    }

    private void journal(String topic, Map<String, ?> properties) throws ApiError {
        try {
            services.journal().recordAll(List.of(new JournalEvent(topic, properties)));
        } catch (AuditException e) {
            throw Failures.unavailable(e);
        }
    }

    /** A workstation offers its code: accepted once, before it expires; every other answer says why not. */
    Reply enrol(Call call) throws ApiError {
        String code = call.body().string("code"); //$NON-NLS-1$
        String workstation = call.body().optionalString("workstation").filter(s -> !s.isBlank()).orElse(call.clientAddress()); //$NON-NLS-1$
        Optional<Duration> wait = perAddress.attempt("enrol " + call.clientAddress()); //$NON-NLS-1$
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new ApiError(429, "too_many_attempts", NLS.bind(Messages.tooManyFromAddress, call.clientAddress(), seconds), //$NON-NLS-1$
                    Map.of("Retry-After", Long.toString(seconds)), Map.of("retryAfterSeconds", seconds)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        switch (enrolments.use(code)) {
            case UNKNOWN -> throw new ApiError(403, "enrolment_code_unknown", Messages.enrolmentCodeUnknown); //$NON-NLS-1$
            case EXPIRED -> throw new ApiError(410, "enrolment_code_expired", Messages.enrolmentCodeExpired); //$NON-NLS-1$
            case USED -> throw new ApiError(409, "enrolment_code_used", Messages.enrolmentCodeUsed); //$NON-NLS-1$
            case ACCEPTED -> {
                // said below
            }
        }
        journal(TOPIC_ENROLLED, Map.of("actor", enrolments.issuer(code), "workstation", workstation, "address", call.clientAddress())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("enrolled", true); //$NON-NLS-1$
        reply.put("workstation", workstation); //$NON-NLS-1$
        reply.put("fingerprint", fingerprint); //$NON-NLS-1$
        reply.put("issuedBy", enrolments.issuer(code)); //$NON-NLS-1$
        return new Reply(201, reply);
    }
}
