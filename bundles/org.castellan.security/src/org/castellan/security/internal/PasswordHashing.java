package org.castellan.security.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=65536,t=2,p=1$salt$hash}), so every hash carries the parameters it was
 * made with and can be recognised as too weak when the installation's parameters are raised.
 *
 * @param memoryKiB   memory cost in KiB (OWASP minimum: 19 MiB)
 * @param iterations  time cost (OWASP minimum with 19 MiB: 2)
 * @param parallelism lanes
 */
public record PasswordHashing(int memoryKiB, int iterations, int parallelism) {

    /** OWASP's minimum memory cost for Argon2id, in KiB (19 MiB). */
    private static final int MINIMUM_MEMORY_KIB = 19 * 1024;

    /** OWASP's minimum recommendation for Argon2id. */
    public static final PasswordHashing OWASP_MINIMUM = new PasswordHashing(MINIMUM_MEMORY_KIB, 2, 1);

    /** Castellan's parameters: above the minimum, about a quarter of a second per login on two cores. */
    public static final PasswordHashing DEFAULT = new PasswordHashing(64 * 1024, 2, 1);

    private static final String PREFIX = "$argon2id$v=19$"; //$NON-NLS-1$
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHashing {
        if (memoryKiB < MINIMUM_MEMORY_KIB || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters below the OWASP minimum"); //$NON-NLS-1$
        }
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = compute(password, salt, this, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether the password matches the encoded hash; false for anything that is not such a hash. */
    public static boolean verify(char[] password, String encoded) {
        Parsed parsed = parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] actual = compute(password, parsed.salt, parsed.parameters, parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** Whether a hash was made with weaker parameters than these and should be redone at next login. */
    public boolean isWeakerThanThis(String encoded) {
        Parsed parsed = parse(encoded);
        return parsed == null || parsed.parameters.memoryKiB < memoryKiB || parsed.parameters.iterations < iterations
                || parsed.parameters.parallelism < parallelism;
    }

    private record Parsed(PasswordHashing parameters, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = encoded.substring(PREFIX.length()).split("\\$"); //$NON-NLS-1$
        if (parts.length != 3) {
            return null;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String kv : parts[0].split(",")) { //$NON-NLS-1$
                String[] pair = kv.split("="); //$NON-NLS-1$
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                case "m" -> m = value; //$NON-NLS-1$
                case "t" -> t = value; //$NON-NLS-1$
                case "p" -> p = value; //$NON-NLS-1$
                default -> throw new IllegalArgumentException(pair[0]);
                }
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new Parsed(new PasswordHashing(m, t, p), b64.decode(parts[1]), b64.decode(parts[2]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] compute(char[] password, byte[] salt, PasswordHashing parameters, int length) {
        Objects.requireNonNull(password);
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(parameters.memoryKiB)
                .withIterations(parameters.iterations).withParallelism(parameters.parallelism).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] secret = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
