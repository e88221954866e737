package org.castellan.directory.internal;

import java.util.Optional;
import java.util.OptionalInt;

import javax.naming.ldap.BasicControl;
import javax.naming.ldap.Control;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;

/**
 * The password policy control of OpenLDAP's ppolicy overlay (draft-behera-ldap-password-policy,
 * OID 1.3.6.1.4.1.42.2.27.8.5.1): sent with a user's bind, it makes the directory say why it
 * refuses (locked, expired) or what it warns of (grace logins left, time before expiry). The
 * answer's value is BER; Bouncy Castle's ASN.1 reader decodes it. A directory without the overlay
 * (or Active Directory) ignores the request: the control is not critical.
 */
final class PasswordPolicyControl {

    static final String OID = "1.3.6.1.4.1.42.2.27.8.5.1"; //$NON-NLS-1$

    /** The request: no value, not critical. */
    static final Control REQUEST = new BasicControl(OID);

    /** The draft's error codes that Castellan tells apart. */
    static final int PASSWORD_EXPIRED = 0;
    static final int ACCOUNT_LOCKED = 1;
    static final int CHANGE_AFTER_RESET = 2;

    /**
     * What the directory's answer said.
     *
     * @param error              the refusal's code ({@link #PASSWORD_EXPIRED}, {@link #ACCOUNT_LOCKED}, ...), if any
     * @param secondsBeforeExpiry how long the password is still good, when the directory warns of it
     * @param graceLoginsLeft    logins still allowed with the expired password, when it is in its grace
     */
    record Answer(OptionalInt error, OptionalInt secondsBeforeExpiry, OptionalInt graceLoginsLeft) {
    }

    private PasswordPolicyControl() {
    }

    /** The policy answer among a bind's response controls; empty when the directory sent none (or one that does not decode). */
    static Optional<Answer> of(Control[] response) {
        if (response == null) {
            return Optional.empty();
        }
        for (Control control : response) {
            if (OID.equals(control.getID())) {
                return decode(control.getEncodedValue());
            }
        }
        return Optional.empty();
    }

    /**
     * PasswordPolicyResponseValue ::= SEQUENCE { warning [0] CHOICE { timeBeforeExpiration [0]
     * INTEGER, graceAuthNsRemaining [1] INTEGER } OPTIONAL, error [1] ENUMERATED OPTIONAL }
     */
    static Optional<Answer> decode(byte[] value) {
        if (value == null || value.length == 0) {
            return Optional.empty();
        }
        try {
            OptionalInt error = OptionalInt.empty();
            OptionalInt seconds = OptionalInt.empty();
            OptionalInt grace = OptionalInt.empty();
            for (ASN1Encodable element : ASN1Sequence.getInstance(value)) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(element);
                if (tagged.getTagNo() == 0) {
                    ASN1TaggedObject warning = ASN1TaggedObject.getInstance(tagged.getExplicitBaseObject());
                    int amount = ASN1Integer.getInstance(warning, false).intValueExact();
                    if (warning.getTagNo() == 0) {
                        seconds = OptionalInt.of(amount);
                    } else {
                        grace = OptionalInt.of(amount);
                    }
                } else if (tagged.getTagNo() == 1) {
                    error = OptionalInt.of(ASN1Enumerated.getInstance(tagged, false).intValueExact());
                }
            }
            return Optional.of(new Answer(error, seconds, grace));
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            return Optional.empty(); // a value that is not the draft's: as if none came
        }
    }
}
