package org.careweave.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.Planner;
import org.careweave.io.PlanWriter;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every bundled example is a scenario: its plan must meet its {@code .expected.json}. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleMeetsItsExpectation() {
        return ScenarioLoader.load(TestRules.EXAMPLES).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            CarePlan plan = TestRules.planner().plan(s.input());
            List<Mismatch> mismatches = ScenarioCheck.check(plan, s.expected());
            assertTrue(mismatches.isEmpty(), () -> s.name() + ":\n  " + String.join("\n  ",
                    mismatches.stream().map(Mismatch::toString).toList()));
        }));
    }

    @Test
    void anEmptyListStatesThatThePlanHasNone() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode noGoals = PlanWriter.mapper().readTree("{\"goals\": []}");
        // a walking finding at Section GG 02, led by PT: PT plans walking goals, so "no goals" must fail
        CarePlan walking = TestRules.planner().plan(
                org.careweave.io.CaseReader.read(TestRules.EXAMPLES.resolve("billing-duplicate-risk.json")));
        assertEquals(1, ScenarioCheck.check(walking, noGoals).size());
        // visits only, no condition, finding or goal: nothing to plan goals for
        CarePlan visitsOnly = TestRules.planner().plan(
                org.careweave.io.CaseReader.read(TestRules.EXAMPLES.resolve("billing-assistant-minutes-split.json")));
        assertTrue(ScenarioCheck.check(visitsOnly, noGoals).isEmpty());
    }

    @Test
    void thereAreAtLeastTenExamples() {
        assertTrue(ScenarioLoader.load(TestRules.EXAMPLES).size() >= 10);
    }

    @TestFactory
    Stream<DynamicTest> sameCaseAndRulesGiveByteIdenticalJson() {
        // A second, separately compiled planner: equal output must not depend on one KieBase's internals.
        org.careweave.internal.engine.Planner other = org.careweave.internal.engine.Planner.fromDirectory(TestRules.RULES);
        return ScenarioLoader.load(TestRules.EXAMPLES).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            String first = PlanWriter.json(TestRules.planner().plan(s.input(), true));
            String second = PlanWriter.json(other.plan(s.input(), true));
            assertEquals(first, second);
            assertEquals(first, PlanWriter.json(TestRules.planner().plan(s.input(), true)));
        }));
    }
}
