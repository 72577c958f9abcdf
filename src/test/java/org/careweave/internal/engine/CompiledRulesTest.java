package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Rules whose DRL is the bundled DRL are built with the Java classes compiled when careweave was built
 * (CompiledRules, written by the build's process-classes step); they must plan exactly as rules compiled at run time,
 * and any other DRL must be compiled as before. Rules whose DRL is the bundled DRL are made first from the knowledge
 * packages the build stored (CompiledPackages): they too must plan exactly as compiled rules, and a damaged, stale or
 * foreign packages resource must leave the classes path to build them.
 */
class CompiledRulesTest {

    @Test
    void theBundledRulesAreMadeFromTheBuildsPackagesOrClassesAndPlanExactlyAsCompiledOnes() throws java.io.IOException {
        RuleSet fromPackages = RuleSet.compile(RuleSource.bundled());
        RuleSet fromClasses = RuleSet.compile(RuleSource.bundled(), true, null);
        RuleSet compiled = RuleSet.compile(RuleSource.bundled(), false);
        assertEquals(RuleSet.Built.PACKAGES, fromPackages.built(),
                "the build wrote " + CompiledPackages.RESOURCE + " for the bundled rules");
        assertEquals(RuleSet.Built.CLASSES, fromClasses.built(),
                "the build wrote " + CompiledRules.RESOURCE + " for the bundled rules");
        assertTrue(fromPackages.precompiled());
        assertFalse(compiled.precompiled());
        assertEquals(compiled.rules(), fromClasses.rules());
        assertEquals(compiled.rules(), fromPackages.rules()); // names, files, @source, metadata
        assertEquals(compiled.sessionTableFacts(), fromPackages.sessionTableFacts()); // the rows rules read
        int n = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            Case c = CaseReader.read(e.getValue());
            // traced: every firing, in order, with its facts, and the counts per rule
            String expected = traced(compiled, c);
            assertEquals(expected, traced(fromClasses, c), e.getKey());
            assertEquals(expected, traced(fromPackages, c), e.getKey());
            n++;
        }
        assertTrue(n > 90, "the golden cases were planned: " + n);
    }

    @Test
    void aDamagedStaleOrForeignPackagesResourceIsNotReadAndTheClassesAreTaken() throws java.io.IOException {
        byte[] good;
        try (java.io.InputStream in = CompiledPackages.bundled()) {
            assertNotNull(in, "the build wrote " + CompiledPackages.RESOURCE);
            good = in.readAllBytes();
        }
        RuleSource bundled = RuleSource.bundled();
        String fingerprint = CompiledRules.fingerprint(bundled.files(), RuleSet.engineDrl());
        java.util.List<org.kie.api.definition.KiePackage> packages = CompiledPackages.read(() -> stream(good), fingerprint);
        assertNotNull(packages);
        assertNotSame(packages.get(0), CompiledPackages.read(() -> stream(good), fingerprint).get(0),
                "each read makes packages of its own");

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10; // one bit inside the payload
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1000);
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        // whole, but built from other rules (an older build's jar beside edited rules, say)
        byte[] stale = CompiledPackages.write("0".repeat(64), packages);
        // whole and for these rules, but not packages (another format under the same name)
        @SuppressWarnings({"unchecked", "rawtypes"})
        byte[] foreign = CompiledPackages.write(fingerprint, (java.util.Collection) List.of("not a package"));
        byte[] empty = CompiledPackages.write(fingerprint, List.of());
        for (byte[] bad : List.of(flipped, truncated, longer, stale, foreign, empty, new byte[0], new byte[] {1, 2, 3})) {
            assertNull(CompiledPackages.read(() -> stream(bad), fingerprint));
        }
        assertNull(CompiledPackages.read(() -> null, fingerprint), "no resource");
        assertNull(CompiledPackages.read(() -> { throw new IllegalStateException("unreadable"); }, fingerprint));

        // A planner given the damaged resource builds the rules with the build's classes, and plans as from packages.
        RuleSet fallback = RuleSet.compile(bundled, true, () -> stream(flipped));
        assertEquals(RuleSet.Built.CLASSES, fallback.built());
        RuleSet fromPackages = RuleSet.compile(bundled, true, () -> stream(good));
        assertEquals(RuleSet.Built.PACKAGES, fromPackages.built());
        int n = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            if (n++ == 12) {
                break;
            }
            Case c = CaseReader.read(e.getValue());
            assertEquals(traced(fallback, c), traced(fromPackages, c), e.getKey());
        }
    }

    @Test
    void anEditedRuleTakesNeitherThePackagesNorTheClasses() {
        Map<String, String> files = new HashMap<>(RuleSource.bundled().files());
        String file = files.keySet().stream().filter(f -> f.endsWith(".drl")).sorted().findFirst().orElseThrow();
        files.put(file, files.get(file) + "\n// an edit that changes no rule\n");
        assertNull(CompiledPackages.read(CompiledPackages::bundled,
                CompiledRules.fingerprint(files, RuleSet.engineDrl())));
    }

    @Test
    void theCheckedFingerprintIsTheVersionsDigestUnlessAFileHoldsACarriageReturn() {
        RuleSource bundled = RuleSource.bundled();
        assertEquals(CompiledRules.checkedFingerprint(bundled.files()), bundled.checkedFingerprint());
        assertTrue(RuleSet.checkedCleanByTheBuild(bundled), "the build checked the bundled files clean");
        // a Windows checkout: the same version (line endings normalised), another checked fingerprint (a check names
        // lines and columns of the exact text), so the build's verdict is not taken for it
        Map<String, String> files = new HashMap<>(bundled.files());
        files.put("tables/areas.csv", files.get("tables/areas.csv").replace("\n", "\r\n"));
        RuleSource crlf = RuleSource.of("crlf", files);
        assertEquals(bundled.version(), crlf.version());
        assertEquals(CompiledRules.checkedFingerprint(crlf.files()), crlf.checkedFingerprint());
        assertFalse(crlf.checkedFingerprint().equals(bundled.checkedFingerprint()));
        assertFalse(RuleSet.checkedCleanByTheBuild(crlf));
    }

    private static java.io.InputStream stream(byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes);
    }

    @Test
    void anEditedRuleIsCompiledAsBefore() {
        Map<String, String> files = new HashMap<>(RuleSource.bundled().files());
        String file = files.keySet().stream().filter(f -> f.endsWith(".drl")).sorted().findFirst().orElseThrow();
        files.put(file, files.get(file) + "\n// an edit that changes no rule\n");
        RuleSet edited = RuleSet.compile(RuleSource.of("edited", files));
        assertFalse(edited.precompiled(), "a DRL other than the bundled one never takes the bundled classes");
        assertEquals(RuleSet.compile(RuleSource.bundled()).rules().keySet(), edited.rules().keySet());
    }

    @Test
    void theBundledRulesAreNotCheckedAgainButAnEditedTableIs() {
        // The build's compile ran the checks beside the build on exactly these files and they passed (it throws
        // otherwise), so a planner on them loads the tables only.
        long before = RuleSet.FULL_CHECKS.get();
        RuleSet.compile(RuleSource.bundled());
        assertEquals(before, RuleSet.FULL_CHECKS.get(), "the bundled files were checked clean by the build");
        assertTrue(CompiledRules.isCheckedClean(CompiledRules.checkedFingerprint(RuleSource.bundled().files())));

        // areas.csv with its last row twice: the key 'area' defined twice, which only the lint (a check across
        // rows) finds; the DRL is unchanged, so the classes are still taken, the checks are not skipped.
        Map<String, String> files = new HashMap<>(RuleSource.bundled().files());
        String areas = files.get("tables/areas.csv");
        String[] lines = areas.strip().split("\n");
        files.put("tables/areas.csv", areas.strip() + "\n" + lines[lines.length - 1] + "\n");
        assertFalse(CompiledRules.isCheckedClean(CompiledRules.checkedFingerprint(files)));
        org.careweave.RuleBuildException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.careweave.RuleBuildException.class, () -> RuleSet.compile(RuleSource.of("edited", files)));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("tables/areas.csv")
                && p.line() >= lines.length), e.problems().toString()); // the repeated row, at line 65 or 66
        assertEquals(before + 1, RuleSet.FULL_CHECKS.get());
    }

    @Test
    void classesForAnotherFingerprintAreNotUsed() {
        assertNull(CompiledRules.forFingerprint("0".repeat(64)));
    }

    private static String traced(RuleSet rules, Case c) {
        try {
            Engine.Run run = Engine.run(rules, c, true, 20_000);
            return PlanWriter.jsonLine(run.plan()) + " " + new java.util.TreeMap<>(run.firings());
        } catch (RuntimeException e) {
            return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
