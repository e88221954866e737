package org.castellan.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Encrypted backups: AES-256-GCM over segments of 1 MiB (so that a backup of any size is
 * encrypted and checked as it streams, never held in memory), with a key derived from the
 * passphrase by Argon2id. Each segment's nonce holds its index and its additional data says
 * whether it is the last one, so reordered, dropped or truncated segments are detected. A key
 * check block in the header tells a wrong passphrase from a damaged file.
 * <p>
 * Layout: magic "CASTBAK1", Argon2id memory (KiB), iterations, parallelism, 16-byte salt, 8-byte
 * nonce prefix, 16-byte key check (GCM tag of nothing), then segments: length, ciphertext.
 */
final class Encryption {

    /** A wrong passphrase (the key check failed). */
    static final class WrongPassphraseException extends IOException {
        private static final long serialVersionUID = 1L;

        WrongPassphraseException() {
            super("wrong passphrase"); //$NON-NLS-1$
        }
    }

    /** A segment failed authentication: the file was changed, truncated or damaged. */
    static final class TamperedException extends IOException {
        private static final long serialVersionUID = 1L;

        TamperedException(String message) {
            super(message);
        }
    }

    static final int SEGMENT = 1 << 20;
    private static final byte[] MAGIC = "CASTBAK1".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final int TAG_BITS = 128;
    private static final int KEY_CHECK_INDEX = -1;

    /** Argon2id cost: 64 MiB, 3 passes, 1 lane (OWASP's second recommended setting is lower). */
    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;

    Encryption(int memoryKiB, int iterations, int parallelism) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    static final Encryption DEFAULT = new Encryption(64 * 1024, 3, 1);

    /** Encrypts what is written to the returned stream into {@code out}; closing it writes the last segment. */
    OutputStream encrypting(OutputStream out, char[] passphrase) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] prefix = new byte[8];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(headerBytes);
        header.write(MAGIC);
        header.writeInt(memoryKiB);
        header.writeInt(iterations);
        header.writeInt(parallelism);
        header.write(salt);
        header.write(prefix);
        byte[] headerPrefix = headerBytes.toByteArray();
        SecretKeySpec key = key(passphrase, salt, memoryKiB, iterations, parallelism);
        byte[] check = seal(key, prefix, KEY_CHECK_INDEX, true, headerPrefix, new byte[0], 0);
        out.write(headerPrefix);
        out.write(check);
        return new SegmentWriter(out, key, prefix, headerPrefix);
    }

    /** Decrypts a stream written by {@link #encrypting}. */
    static InputStream decrypting(InputStream in, char[] passphrase) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new TamperedException("not an encrypted Castellan backup"); //$NON-NLS-1$
        }
        int memory = data.readInt();
        int passes = data.readInt();
        int lanes = data.readInt();
        if (memory < 8 || memory > 4 * 1024 * 1024 || passes < 1 || passes > 100 || lanes < 1 || lanes > 64) {
            throw new TamperedException("implausible key derivation parameters"); //$NON-NLS-1$
        }
        byte[] salt = new byte[16];
        byte[] prefix = new byte[8];
        data.readFully(salt);
        data.readFully(prefix);
        byte[] check = new byte[TAG_BITS / 8];
        data.readFully(check);
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 12 + 24);
        header.put(MAGIC).putInt(memory).putInt(passes).putInt(lanes).put(salt).put(prefix);
        byte[] headerPrefix = header.array();
        SecretKeySpec key = key(passphrase, salt, memory, passes, lanes);
        try {
            open(key, prefix, KEY_CHECK_INDEX, true, headerPrefix, check);
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        }
        return new SegmentReader(data, key, prefix, headerPrefix);
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt, int memory, int passes, int lanes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(passes).withParallelism(lanes).build());
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        SecretKeySpec spec = new SecretKeySpec(key, "AES"); //$NON-NLS-1$
        Arrays.fill(key, (byte) 0);
        return spec;
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] prefix, long index, boolean last, byte[] header)
            throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix, 0, 4).putLong(index).array();
        nonce[0] ^= prefix[4];
        nonce[1] ^= prefix[5];
        nonce[2] ^= prefix[6];
        nonce[3] ^= prefix[7];
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); //$NON-NLS-1$
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(new byte[] { (byte) (last ? 1 : 0) });
        return cipher;
    }

    private static byte[] seal(SecretKeySpec key, byte[] prefix, long index, boolean last, byte[] header, byte[] plain, int length)
            throws IOException {
        try {
            return cipher(Cipher.ENCRYPT_MODE, key, prefix, index, last, header).doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static byte[] open(SecretKeySpec key, byte[] prefix, long index, boolean last, byte[] header, byte[] sealed)
            throws IOException, AEADBadTagException {
        try {
            return cipher(Cipher.DECRYPT_MODE, key, prefix, index, last, header).doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static final class SegmentWriter extends FilterOutputStream {
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private final DataOutputStream data;
        private int filled;
        private long index;
        private boolean closed;

        SegmentWriter(OutputStream out, SecretKeySpec key, byte[] prefix, byte[] header) {
            super(out);
            this.data = new DataOutputStream(out);
            this.key = key;
            this.prefix = prefix;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    flushSegment(false);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void flushSegment(boolean last) throws IOException {
            byte[] sealed = seal(key, prefix, index++, last, header, buffer, filled);
            data.writeInt(sealed.length);
            data.write(sealed);
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flushSegment(true);
            } finally {
                Arrays.fill(buffer, (byte) 0);
                super.close();
            }
        }
    }

    private static final class SegmentReader extends InputStream {
        private final DataInputStream in;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] header;
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean last;

        SegmentReader(DataInputStream in, SecretKeySpec key, byte[] prefix, byte[] header) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
            this.header = header;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position == plain.length) {
                if (last) {
                    return -1;
                }
                nextSegment();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void nextSegment() throws IOException {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                throw new TamperedException("the encrypted backup is truncated"); //$NON-NLS-1$
            }
            if (length < TAG_BITS / 8 || length > SEGMENT + TAG_BITS / 8) {
                throw new TamperedException("the encrypted backup is damaged (segment " + index + ')'); //$NON-NLS-1$
            }
            byte[] sealed = new byte[length];
            in.readFully(sealed);
            // The last segment is the one whose tag checks with the "last" flag set.
            try {
                plain = open(key, prefix, index, false, header, sealed);
            } catch (AEADBadTagException notMiddle) {
                try {
                    plain = open(key, prefix, index, true, header, sealed);
                    last = true;
                } catch (AEADBadTagException e) {
                    throw new TamperedException("the encrypted backup was changed or damaged (segment " + index + ')'); //$NON-NLS-1$
                }
            }
            index++;
            position = 0;
            if (last && in.read() >= 0) {
                throw new TamperedException("data follows the last segment of the encrypted backup"); //$NON-NLS-1$
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
