package org.castellan.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The certificate a server generates at its first start: an EC P-256 key and a self-signed
 * certificate for TLS server authentication, naming this machine, localhost and the loopback
 * addresses, so that clients can pin it. Built with Bouncy Castle's ASN.1 classes and signed
 * with the JDK's own ECDSA.
 *
 * @param key         the key pair
 * @param certificate the certificate
 */
record SelfSignedCertificate(KeyPair key, X509Certificate certificate) {

    /** Ten years: the installation's administrator renews it by removing the files (see the administrator's guide). */
    static final Duration VALIDITY = Duration.ofDays(3650);

    static SelfSignedCertificate generate(Instant now, String bindAddress) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
        generator.initialize(new ECGenParameterSpec("secp256r1")); //$NON-NLS-1$
        KeyPair key = generator.generateKeyPair();
        String host = hostName();
        X500Name name = new X500Name("CN=Castellan server " + host.replaceAll("[,=+<>#;\"\\\\]", "_")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

        V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(new BigInteger(63, new SecureRandom())));
        tbs.setSignature(algorithm);
        tbs.setIssuer(name);
        tbs.setSubject(name);
        tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofDays(1))))); // a client whose clock is a little behind
        tbs.setEndDate(new Time(Date.from(now.plus(VALIDITY))));
        tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()));
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        extensions.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames(host, bindAddress)));
        tbs.setExtensions(extensions.generate());
        TBSCertificate unsigned = tbs.generateTBSCertificate();

        Signature signature = Signature.getInstance("SHA256withECDSA"); //$NON-NLS-1$
        signature.initSign(key.getPrivate());
        signature.update(unsigned.getEncoded(ASN1Encoding.DER));
        ASN1EncodableVector certificate = new ASN1EncodableVector();
        certificate.add(unsigned);
        certificate.add(algorithm);
        certificate.add(new DERBitString(signature.sign()));
        byte[] der = new DERSequence(certificate).getEncoded(ASN1Encoding.DER);
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)); //$NON-NLS-1$
        x509.verify(key.getPublic());
        return new SelfSignedCertificate(key, x509);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost"; //$NON-NLS-1$
        }
    }

    /** The names clients may reach the server by: this host, localhost, loopback, and the bind address when it is one. */
    private static GeneralName[] alternativeNames(String host, String bindAddress) {
        Set<String> dns = new LinkedHashSet<>(List.of(host, "localhost")); //$NON-NLS-1$
        Set<String> addresses = new LinkedHashSet<>(List.of("127.0.0.1", "::1")); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            addresses.add(InetAddress.getLocalHost().getHostAddress());
        } catch (IOException e) {
            // no address of its own: loopback only
        }
        if (!bindAddress.equals("0.0.0.0") && !bindAddress.equals("::")) { //$NON-NLS-1$ //$NON-NLS-2$
            (bindAddress.matches("[0-9.]+|.*:.*") ? addresses : dns).add(bindAddress); //$NON-NLS-1$
        }
        List<GeneralName> names = new ArrayList<>();
        dns.forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
        addresses.forEach(a -> names.add(new GeneralName(GeneralName.iPAddress, a)));
        return names.toArray(GeneralName[]::new);
    }
}
