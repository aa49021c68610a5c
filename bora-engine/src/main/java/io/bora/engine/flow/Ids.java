package io.bora.engine.flow;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Execution ids: random (version 4) UUID strings, as Mistral's. {@link UUID#randomUUID} reads the
 * operating system's random device through one shared generator on every call, about ten times
 * per execution; these come from a few DRBG generators (seeded from it once), picked by thread,
 * so that busy threads neither queue on one lock nor make a system call per id.
 */
public final class Ids {
    private static final SecureRandom[] SOURCES = new SecureRandom[8];

    static {
        for (int i = 0; i < SOURCES.length; i++) {
            try {
                SOURCES[i] = SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                SOURCES[i] = new SecureRandom();
            }
        }
    }

    private Ids() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        SOURCES[(int) (Thread.currentThread().threadId() & (SOURCES.length - 1))].nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer b = ByteBuffer.wrap(bytes);
        return new UUID(b.getLong(), b.getLong()).toString();
    }
}
