package org.castellan.directory.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS trust of directory connections: the authority certificates the settings hold (PEM), or
 * the JDK's own trusted authorities when they hold none. Never a trust-everything manager.
 */
final class TrustedAuthorities {

    private TrustedAuthorities() {
    }

    /** The certificates of a PEM text; at least one, or a {@link CertificateException}. */
    static List<Certificate> parse(String pem) throws CertificateException {
        Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509") //$NON-NLS-1$
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (read.isEmpty()) {
            throw new CertificateException("no certificate"); //$NON-NLS-1$
        }
        return new ArrayList<>(read);
    }

    /** A socket factory trusting {@code pem}'s authorities, or the JDK's when {@code pem} is empty. */
    static SSLSocketFactory socketFactory(String pem) throws GeneralSecurityException {
        if (pem.isBlank()) {
            return SSLContext.getDefault().getSocketFactory();
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            trusted.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        int i = 0;
        for (Certificate certificate : parse(pem)) {
            trusted.setCertificateEntry("ca" + i++, certificate); //$NON-NLS-1$
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
