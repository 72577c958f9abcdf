package org.careweave.internal.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule.CompilationCache;
import org.drools.compiler.kie.builder.impl.InternalKieModule.CompilationCacheEntry;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The Java classes Drools compiles from the bundled rules (consequences, accumulate and function classes: ~490
 * classes, 1.3 MB), compiled once when careweave is built and shipped in its jar, so a planner on rules whose DRL is
 * exactly the bundled DRL skips the Java compiler. The compiler was about a third of a cold
 * {@code CarePlanner.bundled()} (src/bench/RESULTS.md, "Issue 15, second session: cold start"); everything else of the build (parsing, the
 * constraints, the network) still happens at run time, as do the table and literal checks.
 *
 * <p>Used only when the rules' fingerprint (every DRL file's path and text, the engine's queries and the Drools
 * version) equals the one the classes were compiled from: an edited rule, another folder's rules or another Drools
 * compile as before. A class the cache does not hold is compiled as before too (Drools asks per class).
 */
final class CompiledRules {

    /** Where the build puts the classes, on the class path. */
    static final String RESOURCE = "org/careweave/internal/engine/bundled-rules.classes";

    private static final int MAGIC = 0x43574332; // "CWC2": a checked-clean fingerprint after the DRL's

    /** Drools' name of the Java dialect, whose compiled classes these are. */
    private static final String JAVA = "java";

    private CompiledRules() {}

    /**
     * The fingerprint of a rule set's DRL: SHA-256 of every {@code .drl} file's path and text (line endings
     * normalised), the engine's queries and the Drools version.
     */
    static String fingerprint(Map<String, String> files, String engineDrl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                if (e.getKey().endsWith(".drl")) {
                    update(sha, e.getKey());
                    update(sha, e.getValue().replace("\r\n", "\n"));
                }
            }
            update(sha, engineDrl);
            update(sha, droolsVersion());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@link #fingerprint(Map, String)} of a rule source's DRL: the one careweave's build recorded when the files are
     * the bundled ones and the engine's queries and Drools are those it was taken with (BuiltDigests), else computed.
     */
    static String fingerprint(RuleSource source, String engineDrl) {
        BuiltDigests.Digests built = source.builtDigests();
        String recorded = built == null ? null : built.fingerprintFor(engineDrl, droolsVersion());
        return recorded != null ? recorded : fingerprint(source.files(), engineDrl);
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    static String droolsVersion() {
        return org.drools.base.util.Drools.getFullVersion();
    }

    /**
     * Whether careweave's jar holds the classes compiled for rules of this fingerprint: whether that DRL is the one
     * careweave was built with, which the build checked compiles clean. Reads the header only.
     */
    static boolean isBuiltWith(String fingerprint) {
        try (InputStream in = CompiledRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            return data.readInt() == MAGIC && data.readUTF().equals(fingerprint);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The fingerprint of a whole rule source as the checks beside the build read it: SHA-256 of every file's path and
     * exact text (rules and tables; line endings kept, since a check names lines and columns).
     */
    static String checkedFingerprint(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                update(sha, e.getKey());
                update(sha, e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the build ran every check beside the DRL build (tables, lint, literals, definitions; RuleSet's
     * {@code check}) on rule files of this {@link #checkedFingerprint} and they found nothing: the build's
     * {@code process-classes} step refuses rules with a problem, so the jar only records clean ones. The checks are
     * a function of the files and of careweave's code, and both are the jar's, so they would find nothing again.
     * Reads the header only; false when the jar holds no classes or cannot be read.
     */
    static boolean isCheckedClean(String checkedFingerprint) {
        try (InputStream in = CompiledRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            if (data.readInt() != MAGIC) {
                return false;
            }
            data.readUTF(); // the DRL's fingerprint
            return data.readUTF().equals(checkedFingerprint);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The compiled classes for rules of this fingerprint, as Drools' compilation cache, or null when careweave's
     * jar holds none for it (or cannot read them: then the rules are compiled as usual).
     */
    static Precompiled forFingerprint(String fingerprint) {
        try (InputStream in = CompiledRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            if (data.readInt() != MAGIC || !data.readUTF().equals(fingerprint)) {
                return null;
            }
            data.readUTF(); // the checked fingerprint (isCheckedClean)
            List<String> order = new ArrayList<>();
            for (int i = data.readInt(); i > 0; i--) {
                order.add(data.readUTF());
            }
            Map<String, byte[]> classes = new TreeMap<>();
            int n = data.readInt();
            for (int i = 0; i < n; i++) {
                String name = data.readUTF();
                byte[] bytes = new byte[data.readInt()];
                data.readFully(bytes);
                classes.put(name, bytes);
            }
            return new Precompiled(cache(classes), List.copyOf(order));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Drools looks a generated source {@code p/Rule_X.java} up as {@code p/Rule_X.class} and stores every class the
     * lookup returns: so each class is filed under its own name with the classes nested in it ({@code p/Rule_X$1}).
     * (Rule class names may hold {@code $} themselves, {@code ..._OT$u39$s...} for an apostrophe, so a class filed
     * with a neighbour whose name merely starts like it is harmless: the same bytes, stored twice.)
     */
    private static CompilationCache cache(Map<String, byte[]> classes) {
        ByName cache = new ByName();
        TreeMap<String, byte[]> sorted = new TreeMap<>(classes);
        for (String name : sorted.keySet()) {
            List<CompilationCacheEntry> entries = new ArrayList<>();
            String nested = name.substring(0, name.length() - ".class".length()) + "$";
            for (Map.Entry<String, byte[]> e : sorted.tailMap(name, true).entrySet()) {
                if (!e.getKey().equals(name) && !e.getKey().startsWith(nested)) {
                    break;
                }
                entries.add(new CompilationCacheEntry(e.getKey(), e.getValue()));
            }
            cache.put(name, entries);
        }
        return cache;
    }

    /** Drools' cache, filled by class name ({@code addEntry} would file a class with a {@code $} under its prefix). */
    private static final class ByName extends CompilationCache {
        private static final long serialVersionUID = 1L;

        void put(String name, List<CompilationCacheEntry> entries) {
            compilationCache.computeIfAbsent(JAVA, d -> new HashMap<>()).put(name, entries);
        }
    }

    /** The compiled classes of a KieBase's packages, by resource name ({@code careweave/plan/Rule_X.class}). */
    static Map<String, byte[]> classesOf(KieBase kieBase) {
        Map<String, byte[]> out = new TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            Object data = ((InternalKnowledgePackage) p).getDialectRuntimeRegistry().getDialectData(JAVA);
            if (data instanceof JavaDialectRuntimeData java) {
                out.putAll(java.getStore());
            }
        }
        return out;
    }

    /**
     * The classes of one rule set, and the order its DRL files were given to the compiler (their paths as the
     * KieBuilder names them: {@code rules/needs/findings.drl}, {@code org/careweave/internal/engine/queries.drl}).
     * Rules load, and rules of equal salience fire, in that order, so the files must be given in it again.
     */
    record Precompiled(CompilationCache cache, List<String> files) {}

    /**
     * The DRL files of a KieBase in the order their rules were loaded: package by package, each file where its
     * package's first rule from it was loaded.
     */
    static List<String> loadOrder(KieBase kieBase) {
        List<String> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            p.getRules().stream()
                    .map(r -> (RuleImpl) r)
                    .sorted(Comparator.comparingInt(RuleImpl::getLoadOrder))
                    .map(r -> r.getResource().getSourcePath())
                    .distinct()
                    .forEach(out::add);
        }
        return out;
    }

    /**
     * Writes the classes and the file order in the format {@link #forFingerprint} reads, with the
     * {@link #checkedFingerprint} of the rule files whose checks found nothing ({@link #isCheckedClean}).
     */
    static byte[] write(String fingerprint, String checkedFingerprint, List<String> files, Map<String, byte[]> classes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeUTF(fingerprint);
            out.writeUTF(checkedFingerprint);
            out.writeInt(files.size());
            for (String f : files) {
                out.writeUTF(f);
            }
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> e : new TreeMap<>(classes).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Build step (pom.xml, process-classes): compiles the bundled rules as a planner would and writes their classes
     * under {@code args[0]} (the build's classes folder) at {@link #RESOURCE}, with the fingerprint of the files whose
     * checks that compile ran and passed (it throws on any problem, failing the build); then builds the rules' knowledge
     * packages with those classes, as a planner without the packages would, and writes them at
     * {@link CompiledPackages#RESOURCE}.
     *
     * @throws IllegalStateException when the packages cannot be built with the classes or do not serialise
     */
    public static void main(String[] args) throws IOException {
        RuleSource bundled = RuleSource.bundled();
        RuleSet rules = RuleSet.compile(bundled, false);
        // computed, never taken from a digests resource an earlier build left in the classes folder
        String fingerprint = fingerprint(bundled.files(), RuleSet.engineDrl());
        String checked = checkedFingerprint(bundled.files());
        List<String> order = loadOrder(rules.kieBase());
        Map<String, byte[]> classes = classesOf(rules.kieBase());
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Files.write(target, write(fingerprint, checked, order, classes));
        org.kie.internal.builder.KnowledgeBuilder builder =
                RuleSet.withCompiledClasses(bundled, new Precompiled(cache(classes), List.copyOf(order)));
        if (builder == null) {
            throw new IllegalStateException("the bundled rules do not build with their compiled classes");
        }
        Files.write(Path.of(args[0]).resolve(CompiledPackages.RESOURCE),
                CompiledPackages.write(fingerprint, builder.getKnowledgePackages()));
        Files.write(Path.of(args[0]).resolve(BuiltDigests.RESOURCE), BuiltDigests.write(new BuiltDigests.Digests(
                BuiltDigests.key(bundled.files()), RuleSource.hash(bundled.files()), droolsVersion(),
                BuiltDigests.crc(RuleSet.engineDrl()), fingerprint, checked, List.copyOf(bundled.files().keySet()))));
    }
}
