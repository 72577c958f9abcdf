package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The digests careweave's build records for the bundled rules (BuiltDigests) stand in for hashing them at start-up:
 * they must be exactly what hashing would give, and any other files must be hashed as before.
 */
class BuiltDigestsTest {

    private static final RuleSource BUNDLED = RuleSource.bundled();

    @Test
    void theRecordedDigestsAreWhatHashingTheBundledFilesGives() {
        BuiltDigests.Digests built = BUNDLED.builtDigests();
        assertNotNull(built, "the build wrote " + BuiltDigests.RESOURCE + " for the bundled rules");
        SortedMap<String, String> files = BUNDLED.files();
        assertTrue(built.version().matches("sha256:[0-9a-f]{64}"), built.version());
        assertEquals(RuleSource.hash(files), built.version());
        assertEquals(RuleSource.hash(files), BUNDLED.version());
        assertEquals(CompiledRules.fingerprint(files, RuleSet.engineDrl()),
                built.fingerprintFor(RuleSet.engineDrl(), CompiledRules.droolsVersion()));
        assertEquals(CompiledRules.fingerprint(files, RuleSet.engineDrl()),
                CompiledRules.fingerprint(BUNDLED, RuleSet.engineDrl()));
        assertEquals(CompiledRules.checkedFingerprint(files), built.checked());
        assertEquals(CompiledRules.checkedFingerprint(files), BUNDLED.checkedFingerprint());
        assertEquals(List.copyOf(files.keySet()), built.files());
    }

    @Test
    void otherFilesAreHashedAsBefore() {
        SortedMap<String, String> bundled = BUNDLED.files();
        String table = "tables/areas.csv";
        String drl = bundled.keySet().stream().filter(f -> f.endsWith(".drl")).findFirst().orElseThrow();
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        variants.put("one character of a table", edit(bundled, m -> m.put(table, m.get(table).replaceFirst("a", "b"))));
        variants.put("a comment added to a rule file", edit(bundled, m -> m.put(drl, m.get(drl) + "\n// edited\n")));
        variants.put("a file renamed", edit(bundled, m -> m.put("tables/zz-areas.csv", m.remove(table))));
        variants.put("a file removed", edit(bundled, m -> m.remove(table)));
        variants.put("a file added", edit(bundled, m -> m.put("tables/extra.csv", "a,b\n1,2\n")));
        // text moved from the end of one file to the start of the next: the same bytes in another split
        variants.put("text moved across files", edit(bundled, m -> {
            List<String> keys = new ArrayList<>(m.keySet());
            String first = keys.get(0);
            String second = keys.get(1);
            String text = m.get(first);
            m.put(first, text.substring(0, text.length() - 1));
            m.put(second, text.substring(text.length() - 1) + m.get(second));
        }));
        for (Map.Entry<String, Map<String, String>> v : variants.entrySet()) {
            RuleSource other = RuleSource.of("edited", v.getValue());
            assertNull(other.builtDigests(), v.getKey());
            assertEquals(RuleSource.hash(other.files()), other.version(), v.getKey());
            assertNotEquals(BUNDLED.version(), other.version(), v.getKey());
            assertEquals(CompiledRules.fingerprint(other.files(), RuleSet.engineDrl()),
                    CompiledRules.fingerprint(other, RuleSet.engineDrl()), v.getKey());
            assertEquals(CompiledRules.checkedFingerprint(other.files()), other.checkedFingerprint(), v.getKey());
        }
        // Windows line endings: hashed to the bundled version (line endings normalised), so the recorded DRL
        // fingerprint holds (it normalises them too), but not the checked fingerprint of the exact text
        RuleSource crlf = RuleSource.of("crlf", edit(bundled, m -> m.put(table, m.get(table).replace("\n", "\r\n"))));
        assertEquals(BUNDLED.version(), crlf.version());
        assertEquals(BUNDLED.builtDigests(), crlf.builtDigests());
        assertEquals(CompiledRules.fingerprint(crlf.files(), RuleSet.engineDrl()),
                CompiledRules.fingerprint(crlf, RuleSet.engineDrl()));
        assertEquals(CompiledRules.checkedFingerprint(crlf.files()), crlf.checkedFingerprint());
        assertNotEquals(BUNDLED.builtDigests().checked(), crlf.checkedFingerprint());
    }

    @Test
    void onlyTheJarsOwnFilesAreTakenByTheirCrcKey() throws IOException {
        BuiltDigests.Digests recorded = BUNDLED.builtDigests();
        ClassLoader loader = RuleSource.class.getClassLoader();
        RuleSource jar = RuleSource.fromListedJar(RuleSource.readListed(loader, recorded.files()), recorded);
        assertNotNull(jar, "the files read by the recorded paths are the recorded ones");
        assertEquals(BUNDLED.files(), jar.files());
        assertEquals(RuleSource.hash(jar.files()), jar.version());
        assertEquals(recorded.checked(), jar.checkedFingerprint());

        // a listing that lost a file, or a file changed in the jar: not taken (the jar is then listed and hashed)
        List<String> fewer = new ArrayList<>(recorded.files());
        fewer.remove("plan/schedule.drl");
        assertNull(RuleSource.fromListedJar(RuleSource.readListed(loader, fewer), recorded));
        SortedMap<String, String> changed = new TreeMap<>(BUNDLED.files());
        changed.put("tables/areas.csv", changed.get("tables/areas.csv") + "\n");
        assertNull(RuleSource.fromListedJar(changed, recorded));

        // Digests whose key was forged to match edited files (a fresh user's trial forged the two CRCs in a second)
        // are never consulted for files outside the jar: those are hashed, and recognised by SHA-256 only
        SortedMap<String, String> edited = new TreeMap<>(BUNDLED.files());
        edited.put("plan/schedule.drl", edited.get("plan/schedule.drl").replace("salience", "salience "));
        BuiltDigests.Digests forged = new BuiltDigests.Digests(BuiltDigests.key(edited), recorded.version(),
                recorded.drools(), recorded.engineCrc(), recorded.fingerprint(), recorded.checked(), recorded.files());
        RuleSource folder = RuleSource.of("edited", edited);
        assertEquals(RuleSource.hash(edited), folder.version());
        assertNotEquals(recorded.version(), folder.version());
        assertNull(BuiltDigests.matchingVersion(folder.version(), forged));
        assertNull(folder.builtDigests());
    }

    @Test
    void anotherDroolsOrOtherEngineQueriesTakeNoRecordedFingerprint() {
        BuiltDigests.Digests built = BUNDLED.builtDigests();
        assertNull(built.fingerprintFor(RuleSet.engineDrl(), "10.1.0"));
        assertNull(built.fingerprintFor(RuleSet.engineDrl() + "\n", CompiledRules.droolsVersion()));
    }

    @Test
    void aDamagedOrForeignResourceRecordsNothing() throws IOException {
        byte[] good = BuiltDigests.write(BUNDLED.builtDigests());
        assertEquals(BUNDLED.builtDigests(), BuiltDigests.read(new ByteArrayInputStream(good)));
        byte[] otherMagic = good.clone();
        otherMagic[0] ^= 1;
        BuiltDigests.Digests d = BUNDLED.builtDigests();
        // a version that is not a SHA-256 digest (a byte changed inside the resource) is never printed as one
        byte[] badVersion = BuiltDigests.write(new BuiltDigests.Digests(d.key(), d.version().replace("sha256", "sha258"),
                d.drools(), d.engineCrc(), d.fingerprint(), d.checked(), d.files()));
        for (byte[] bad : List.of(Arrays.copyOf(good, good.length - 1), Arrays.copyOf(good, good.length + 1),
                otherMagic, new byte[0], badVersion)) {
            assertNull(BuiltDigests.read(new ByteArrayInputStream(bad)));
        }
        assertNull(BuiltDigests.read(null));
    }

    @Test
    void theRecordedPathsReadTheBundledFilesThroughTheClassLoader() throws IOException {
        ClassLoader loader = RuleSource.class.getClassLoader();
        List<String> paths = BUNDLED.builtDigests().files();
        assertEquals(BUNDLED.files(), RuleSource.readListed(loader, paths));
        List<String> missing = new ArrayList<>(paths);
        missing.add("tables/not-in-the-jar.csv");
        assertNull(RuleSource.readListed(loader, missing), "a path the jar lacks: the jar is listed instead");
        assertNull(RuleSource.readListed(loader, null));
    }

    private static Map<String, String> edit(SortedMap<String, String> files,
            java.util.function.Consumer<Map<String, String>> change) {
        Map<String, String> copy = new TreeMap<>(files);
        change.accept(copy);
        return copy;
    }
}
