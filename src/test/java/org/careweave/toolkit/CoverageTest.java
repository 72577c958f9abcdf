package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.scenario.Coverage;
import org.careweave.internal.scenario.ScenarioLoader;
import org.careweave.internal.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule coverage on the fixture rule set: a walking and a dressing scenario together fire every rule. */
class CoverageTest {

    @TempDir
    Path root;

    @Test
    void scenariosThatExerciseEveryRuleGiveFullCoverageWithFiringsSummed() {
        RuleSet rules = RuleSet.compile(RuleSource.fromDirectory(Fixture.write(root.resolve("rules"))));
        Path dir = root.resolve("scenarios");
        Fixture.write(dir, "walk.json", Fixture.WALK_CASE);
        Fixture.write(dir, "walk.expected.json", "{ \"leads\": { \"walk-150-feet\": \"pt\" } }");
        Fixture.write(dir, "dress.json", Fixture.WALK_CASE.replace("walk-150-feet", "lower-body-dressing"));
        Fixture.write(dir, "dress.expected.json", "{ \"leads\": { \"lower-body-dressing\": \"ot\" } }");

        ScenarioRunner.Report report = ScenarioRunner.run(rules, ScenarioLoader.load(dir));

        assertEquals(2, report.passed());
        Coverage c = report.coverage();
        assertEquals(List.of(), c.notFired());
        assertEquals(100.0, c.percent());
        Coverage.RuleCoverage need = c.rules().stream()
                .filter(r -> r.rule().equals("A Section GG item at level 4 or below is a need")).findFirst().orElseThrow();
        // One finding per scenario, one need each: 2 firings over 2 scenarios.
        assertEquals(2, need.firings());
        assertEquals(List.of("dress", "walk"), need.scenarios());
        Coverage.RuleCoverage dressing = c.rules().stream()
                .filter(r -> r.rule().startsWith("Dressing")).findFirst().orElseThrow();
        assertEquals(1, dressing.firings());
        assertEquals(List.of("dress"), dressing.scenarios());
        assertTrue(c.rules().stream().allMatch(r -> r.file() != null && r.file().startsWith("rules/")));
    }
}
