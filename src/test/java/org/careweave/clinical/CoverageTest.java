package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.CodeInfo;
import org.careweave.fact.FindingThreshold;
import org.careweave.fact.FrequencyDefault;
import org.careweave.fact.GoalArea;
import org.careweave.fact.InterventionOption;
import org.careweave.internal.batch.V1Vocabulary;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.model.Vocabulary;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The clinical tables cover the contract's vocabulary and agree with each other. */
class CoverageTest {

    private static <T> List<T> rows(Class<T> type) {
        return TestRules.planner().rules().tableFacts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Set<String> areas() {
        return rows(AreaInfo.class).stream().map(AreaInfo::area).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void areasTableHasARowForEveryFindingAreaAndGoalActivity() {
        // the contract's areas (v1 and the v2 additions), written out here rather than read from the table
        Set<String> missing = new TreeSet<>(V1Vocabulary.FINDING_AREAS);
        missing.addAll(V1Vocabulary.EXTRA_GOAL_ACTIVITIES);
        missing.addAll(List.of("edema", "sensation", "coordination"));
        missing.removeAll(areas());
        assertTrue(missing.isEmpty(), "areas.csv lacks " + missing);
    }

    @Test
    void sectionGgAreasAreScoredOnTheGgScaleAndNoOtherAreaIs() {
        for (AreaInfo a : rows(AreaInfo.class)) {
            assertEquals(V1Vocabulary.GG_AREAS.contains(a.area()), a.scale().equals("gg"), a.area());
        }
    }

    @Test
    void everyThresholdAndInterventionNamesAKnownArea() {
        Set<String> known = areas();
        rows(FindingThreshold.class).stream().filter(t -> !t.area().equals("gg-item"))
                .forEach(t -> assertTrue(known.contains(t.area()), t.area()));
        rows(InterventionOption.class).forEach(i -> assertTrue(known.contains(i.area()), i.area()));
    }

    @Test
    void everyThresholdUsesTheScaleOfItsArea() {
        for (FindingThreshold t : rows(FindingThreshold.class)) {
            if (!t.area().equals("gg-item")) {
                AreaInfo a = rows(AreaInfo.class).stream().filter(x -> x.area().equals(t.area())).findFirst().orElseThrow();
                assertEquals(a.scale(), t.scale(), t.area());
            }
        }
    }

    @Test
    void everyInterventionCodeIsInTheCodeTableForThatDiscipline() {
        List<CodeInfo> codes = rows(CodeInfo.class);
        for (InterventionOption i : rows(InterventionOption.class)) {
            CodeInfo code = codes.stream().filter(c -> c.code().equals(i.code())).findFirst().orElse(null);
            assertNotNull(code, i.code());
            assertTrue(code.disciplines().contains(i.discipline()), i.area() + " " + i.discipline() + " " + i.code());
        }
    }

    @Test
    void everySettingHasAFrequencyForBothDisciplines() {
        for (String setting : Vocabularies.bundled().settings()) {
            for (String d : Vocabulary.DISCIPLINES) {
                assertEquals(1, rows(FrequencyDefault.class).stream()
                        .filter(f -> f.setting().equals(setting) && f.discipline().equals(d)
                                && f.population().equals("all") && f.condition() == null).count(), setting + " " + d);
            }
        }
    }

    /**
     * A goal for any activity alone is no finding: it makes no problem, no treatment and no visits of its own, and the
     * plan records it for assessment at the first visit.
     */
    @TestFactory
    Stream<DynamicTest> noGoalActivityAloneMakesAProblemATreatmentOrVisits() {
        return Vocabularies.bundled().goalActivities().stream().map(activity -> DynamicTest.dynamicTest(activity, () -> {
            CarePlan p = Cases.plan(Cases.json("", "",
                    "{ \"text\": \"my goal\", \"activity\": \"" + activity + "\" }", null));
            assertEquals(List.of(), p.problems(), activity);
            assertEquals(List.of(), p.goals(), activity);
            assertTrue(p.disciplines().stream().noneMatch(d -> "treat".equals(d.scope())), activity);
            assertEquals(List.of(), p.schedule(), activity);
            assertTrue(p.alerts().stream().anyMatch(a -> a.kind().equals("goal-not-assessed")), activity);
        }));
    }

    /** Every goal-only activity names the assessed areas it is worked on through, and each of them is an area. */
    @Test
    void everyGoalOnlyActivityIsWorkedOnThroughAssessedAreas() {
        Set<String> areas = areas();
        List<String> goalOnly = rows(AreaInfo.class).stream().filter(a -> "goal".equals(a.input())).map(AreaInfo::area).toList();
        assertEquals(5, goalOnly.size(), goalOnly.toString());
        for (String activity : goalOnly) {
            List<GoalArea> served = rows(GoalArea.class).stream().filter(g -> g.activity().equals(activity)).toList();
            assertFalse(served.isEmpty(), activity + " has no row in tables/goal-areas.csv");
            assertTrue(served.stream().allMatch(g -> areas.contains(g.area())), served.toString());
        }
    }
}
