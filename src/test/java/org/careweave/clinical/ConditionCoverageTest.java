package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.model.Vocabulary;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.ProblemItem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every condition category the contract accepts is known to the rules, and no combination breaks the split. */
class ConditionCoverageTest {

    private static final Vocabulary V = Vocabularies.bundled();

    private static final String EVERY_FINDING = V.findingAreas().stream()
            .map(a -> V.ggAreas().contains(a) ? "{ \"area\": \"" + a + "\", \"level\": 2 }"
                    : "{ \"area\": \"" + a + "\" }")
            .collect(Collectors.joining(", "));

    @TestFactory
    Stream<DynamicTest> everyConditionAloneCallsForAtLeastOneEvaluation() {
        return V.conditionCategories().stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            CarePlan p = Cases.plan(Cases.condition(c), "");
            assertTrue(p.disciplines().stream().anyMatch(DisciplineDecision::indicated), c);
            assertTrue(p.problems().isEmpty());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConditionWithEveryFindingGivesEachProblemExactlyOneLead() {
        return V.conditionCategories().stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            CarePlan p = Cases.plan(Cases.json(Cases.condition(c), EVERY_FINDING, "",
                    "{ \"livesAlone\": true, \"entryStairs\": 3, \"bathroom\": \"tub-shower\" }"));
            assertEquals(V.findingAreas().size(), p.problems().stream()
                    .filter(x -> V.findingAreas().contains(x.area())).count());
            assertEquals(p.problems().size(), p.problems().stream().map(ProblemItem::area).distinct().count());
            assertTrue(p.discipline("pt").indicated() && p.discipline("ot").indicated());
        }));
    }
}
