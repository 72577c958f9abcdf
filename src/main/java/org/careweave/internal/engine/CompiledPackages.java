package org.careweave.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rules' knowledge packages as Drools built them (parsed DRL, rules with their constraints analysed,
 * the Java classes of {@link CompiledRules} inside), built once when careweave is built and shipped in its jar in
 * Drools' own serialised form ({@code KnowledgePackageImpl} is {@code Externalizable}), so a planner on rules whose
 * DRL is exactly the bundled DRL skips parsing and rule building as well as the Java compiler: only the network
 * (Rete) is built at start-up. Parsing and building were ~55% of a cold {@code CarePlanner.bundled()}
 * (src/bench/RESULTS.md, "Issue 15, sixteenth session: cold start").
 *
 * <p>Used only when the DRL's {@link CompiledRules#fingerprint} (every DRL file's path and text, the engine's queries,
 * the Drools version) equals the one the packages were built from, and when the stored bytes are whole (a CRC-32C
 * of them is stored beside them) and deserialise into knowledge packages; anything else (another folder's rules, an
 * edited rule, a damaged or foreign resource, a class that no longer deserialises) reads as "no packages" and the
 * rules are built as before ({@link RuleSet#compile}). Each read makes new package objects: a KieBase never shares
 * them with another.
 *
 * <p>Format: {@code int} magic, the fingerprint ({@code writeUTF}), the CRC-32C of the payload ({@code long}), the
 * payload's length in bytes ({@code int}), the payload (a {@code DroolsObjectOutputStream} holding one
 * {@code ArrayList} of the packages, in the order the knowledge builder returned them).
 */
final class CompiledPackages {

    /** Where the build puts the packages, on the class path. */
    static final String RESOURCE = "org/careweave/internal/engine/bundled-rules.packages";

    private static final int MAGIC = 0x43575031; // "CWP1"

    private CompiledPackages() {}

    /** The packages resource of careweave's jar, or null when it holds none (a build that skipped the step). */
    static InputStream bundled() {
        return CompiledPackages.class.getClassLoader().getResourceAsStream(RESOURCE);
    }

    /**
     * The packages stored in {@code resource} for rules of this fingerprint, newly deserialised; null when the
     * resource is absent, was built from other rules, is damaged, or does not deserialise into packages (then the
     * rules are built as usual). Never throws.
     *
     * @param resource opens the stored bytes ({@link #bundled()} for careweave's jar); may return null
     */
    static List<KiePackage> read(Supplier<InputStream> resource, String fingerprint) {
        try (InputStream in = resource.get()) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != MAGIC || !data.readUTF().equals(fingerprint)) {
                return null;
            }
            long crc = data.readLong();
            int length = data.readInt();
            if (length <= 0) {
                return null;
            }
            byte[] payload = data.readNBytes(length);
            if (payload.length != length || data.read() != -1 || crc32c(payload) != crc) {
                return null;
            }
            Object read;
            try (DroolsObjectInputStream objects =
                    new DroolsObjectInputStream(new ByteArrayInputStream(payload), RuleClassLoader.INSTANCE)) {
                read = objects.readObject();
            }
            if (!(read instanceof List<?> list) || list.isEmpty()) {
                return null;
            }
            List<KiePackage> packages = new ArrayList<>(list.size());
            for (Object p : list) {
                if (!(p instanceof InternalKnowledgePackage pkg)) {
                    return null;
                }
                packages.add(pkg);
            }
            return packages;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // a damaged or foreign resource, or classes that changed shape: the usual build decides
            return null;
        }
    }

    /**
     * The bytes {@link #read} reads back: {@code packages} (a knowledge builder's, before any KieBase took them)
     * under {@code fingerprint}.
     *
     * @throws IllegalStateException when a package does not serialise (the build step then fails)
     */
    static byte[] write(String fingerprint, Collection<KiePackage> packages) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 23);
            try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(payload)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            byte[] bytes = payload.toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 128);
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(MAGIC);
            data.writeUTF(fingerprint);
            data.writeLong(crc32c(bytes));
            data.writeInt(bytes.length);
            data.write(bytes);
            data.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the bundled rules' packages do not serialise", e);
        }
    }

    private static long crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }
}
