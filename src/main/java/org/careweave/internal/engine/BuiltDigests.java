package org.careweave.internal.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The SHA-256 digests of the bundled rules, computed when careweave is built and shipped in its jar, so that a start
 * on the jar's own rules hashes none of their 1.4 MB (neither for {@link RuleSource#version()} nor for the DRL's
 * {@link CompiledRules#fingerprint}), and one on a {@code rules/} folder identical to them, as the launcher gives,
 * hashes it once instead of twice. SHA-256 runs as plain Java in a JVM limited to the C1 compiler (the launcher's
 * one-shot options): ~50 ms for the version and ~25-35 ms for the fingerprint of a cold start, against ~5 ms for the
 * two CRCs that recognise the jar's files (src/bench/RESULTS.md, "Issue 15, twentieth session: cold start").
 *
 * <p>Only careweave's own jar is recognised without hashing: its files, read by the recorded paths, whose {@link #key}
 * (CRC-32C and CRC-32 of every path and text as UTF-8, each followed by a zero byte, in path order, and the total
 * length) matches the recorded one; that catches a damaged listing or file, and the jar's bytes are otherwise trusted
 * as its classes are. Any other files (a {@code rules/} folder, even one identical to the bundled rules) are hashed
 * with SHA-256 as before, and recognised by that version, which spares only the DRL fingerprint's second pass: two
 * CRCs can be forged on purpose (a fresh user's trial did so in under a second, making edited rules report the
 * bundled version, plan with the bundled DRL and skip the table checks), SHA-256 cannot.
 *
 * <p>Format of {@link #RESOURCE}: {@code int} magic, the key's two CRCs ({@code long}) and length ({@code long}),
 * then ({@code writeUTF}) the {@link RuleSource#version()}, the Drools version and the CRC-32C of the engine's queries
 * the fingerprint was taken with, the DRL fingerprint, the {@link CompiledRules#checkedFingerprint}, and the number
 * ({@code int}) and paths of the files.
 *
 * <p>The paths also spare a start from opening the jar as a file system to list its rules (~40 ms of a cold start
 * for the zip file system's classes and index): each file is read through the class loader, whose jar is open.
 */
final class BuiltDigests {

    /** Where the build puts the digests, on the class path. */
    static final String RESOURCE = "org/careweave/internal/engine/bundled-rules.digests";

    private static final int MAGIC = 0x43574431; // "CWD1"

    /** What recognises a set of rule files: two CRCs and a length. */
    record Key(long crcs, long length) {}

    /**
     * The digests recorded for the bundled rules.
     *
     * @param key         recognises the files the digests are of
     * @param version     their {@link RuleSource#version()} ({@code sha256:} and hex)
     * @param drools      the Drools version {@code fingerprint} was taken with
     * @param engineCrc   CRC-32C of the engine's queries {@code fingerprint} was taken with
     * @param fingerprint the DRL's {@link CompiledRules#fingerprint}
     * @param checked     the files' {@link CompiledRules#checkedFingerprint}
     * @param files       the files' paths relative to the rules folder, in path order: what a jar's bundled rules
     *                    are read from without listing the jar ({@link RuleSource#bundled()})
     */
    record Digests(Key key, String version, String drools, String engineCrc, String fingerprint, String checked,
            List<String> files) {

        /** The DRL fingerprint, when the engine's queries and the Drools version are the ones it was taken with. */
        String fingerprintFor(String engineDrl, String droolsVersion) {
            return drools.equals(droolsVersion) && engineCrc.equals(crc(engineDrl)) ? fingerprint : null;
        }
    }

    private BuiltDigests() {}

    /** The key of these files (path to text, in path order). */
    static Key key(SortedMap<String, String> files) {
        CRC32C c = new CRC32C();
        CRC32 d = new CRC32();
        long length = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            for (String part : new String[] {e.getKey(), e.getValue()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                c.update(bytes);
                c.update(0);
                d.update(bytes);
                d.update(0);
                length += bytes.length + 1L;
            }
        }
        return new Key(c.getValue() << 32 | d.getValue(), length);
    }

    /** The digests the jar records, or null when it records none (or they cannot be read). */
    static Digests recorded() {
        return Recorded.DIGESTS;
    }

    /**
     * The digests recorded for files of this {@link RuleSource#version()}, or null when the jar records none or
     * records another version. Files recognised this way (SHA-256, not forgeable) spare only the DRL's second hash.
     */
    static Digests matchingVersion(String version) {
        return matchingVersion(version, Recorded.DIGESTS);
    }

    /** As {@link #matchingVersion(String)}, against {@code recorded} (tests). */
    static Digests matchingVersion(String version, Digests recorded) {
        return recorded != null && recorded.version().equals(version) ? recorded : null;
    }

    /** The jar's digests, read once (null without the resource, or when it cannot be read). */
    private static final class Recorded {
        static final Digests DIGESTS = read();
    }

    private static Digests read() {
        return read(BuiltDigests.class.getClassLoader().getResourceAsStream(RESOURCE));
    }

    /** The digests {@code in} holds ({@link #write}'s format), or null when it is null, short or of another format. */
    static Digests read(InputStream in) {
        if (in == null) {
            return null;
        }
        try (in) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            if (data.readInt() != MAGIC) {
                return null;
            }
            Key key = new Key(data.readLong(), data.readLong());
            String version = data.readUTF();
            String drools = data.readUTF();
            String engineCrc = data.readUTF();
            String fingerprint = data.readUTF();
            String checked = data.readUTF();
            List<String> files = new ArrayList<>();
            for (int i = data.readInt(); i > 0; i--) {
                files.add(data.readUTF());
            }
            boolean wellFormed = version.matches("sha256:[0-9a-f]{64}") && fingerprint.matches("[0-9a-f]{64}")
                    && checked.matches("[0-9a-f]{64}") && engineCrc.matches("[0-9a-f]{1,8}");
            return wellFormed && data.read() == -1 ? new Digests(key, version, drools, engineCrc, fingerprint, checked,
                    List.copyOf(files)) : null;
        } catch (IOException | RuntimeException e) {
            return null; // hashed as before
        }
    }

    /** The bytes of {@link #RESOURCE} for these digests. */
    static byte[] write(Digests digests) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeLong(digests.key().crcs());
            out.writeLong(digests.key().length());
            out.writeUTF(digests.version());
            out.writeUTF(digests.drools());
            out.writeUTF(digests.engineCrc());
            out.writeUTF(digests.fingerprint());
            out.writeUTF(digests.checked());
            out.writeInt(digests.files().size());
            for (String file : digests.files()) {
                out.writeUTF(file);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CRC-32C of a text's UTF-8 bytes, in hex. */
    static String crc(String text) {
        CRC32C c = new CRC32C();
        c.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(c.getValue());
    }
}
