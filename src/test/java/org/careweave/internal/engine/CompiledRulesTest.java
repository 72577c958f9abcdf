package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Rules whose DRL is the bundled DRL are built with the Java classes compiled when careweave was built
 * (CompiledRules, written by the build's process-classes step); they must plan exactly as rules compiled at run time,
 * and any other DRL must be compiled as before.
 */
class CompiledRulesTest {

    @Test
    void theBundledRulesAreBuiltWithTheBuildsClassesAndPlanExactlyAsCompiledOnes() throws java.io.IOException {
        RuleSet precompiled = RuleSet.compile(RuleSource.bundled());
        RuleSet compiled = RuleSet.compile(RuleSource.bundled(), false);
        assertTrue(precompiled.precompiled(), "the build wrote " + CompiledRules.RESOURCE + " for the bundled rules");
        assertFalse(compiled.precompiled());
        assertEquals(compiled.rules().keySet(), precompiled.rules().keySet());
        int n = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            Case c = CaseReader.read(e.getValue());
            // traced: every firing, in order, with its facts, and the counts per rule
            assertEquals(traced(compiled, c), traced(precompiled, c), e.getKey());
            n++;
        }
        assertTrue(n > 90, "the golden cases were planned: " + n);
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
