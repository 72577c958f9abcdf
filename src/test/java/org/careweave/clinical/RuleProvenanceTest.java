package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.io.ReportLabels;
import org.careweave.internal.scenario.ScenarioLoader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every clinical rule says where its knowledge comes from, and every example's plan carries it. */
class RuleProvenanceTest {

    private static final List<String> CLINICAL = List.of("rules/needs/", "rules/indication/", "rules/split/",
            "rules/plan/");

    private static boolean clinical(RuleSet.RuleInfo r) {
        return r.file() != null && CLINICAL.stream().anyMatch(r.file()::startsWith);
    }

    private static final ReportLabels LABELS = ReportLabels.of(TestRules.planner().rules());

    /** A source names a reference the catalogue (sources.csv) knows; SourceCatalogueTest keeps notes out of it. */
    private static boolean namesASource(String source) {
        return source != null && !LABELS.cited(source).isEmpty();
    }

    /** A plan's source names a reference the catalogue knows: by id, or an article by its title (RuleSet.cite). */
    private static boolean planNamesASource(String source) {
        return source != null && !LABELS.citedInPlan(source).isEmpty();
    }

    @Test
    void everyClinicalRuleCitesASeedCmsOrATable() {
        List<RuleSet.RuleInfo> rules = TestRules.planner().rules().rules().values().stream()
                .filter(RuleProvenanceTest::clinical).toList();
        assertTrue(rules.size() > 50, "clinical rules found: " + rules.size());
        for (RuleSet.RuleInfo r : rules) {
            assertTrue(namesASource(r.source()), r.name() + " cites " + r.source());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHasOneLeadPerProblemAndEveryReasonNamesItsSource() {
        return ScenarioLoader.load(TestRules.EXAMPLES).stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            CarePlan p = TestRules.planner().plan(s.input());
            // a problem is one area in one region (contract v2)
            assertEquals(p.problems().size(),
                    p.problems().stream().map(x -> x.area() + "|" + x.region()).distinct().count());
            for (ProblemItem problem : p.problems()) {
                assertTrue(List.of("pt", "ot").contains(problem.lead()));
                assertFalse(problem.reasons().isEmpty());
                problem.reasons().forEach(r -> assertCites(r, problem.area()));
                // taken up after discharge (tables/after-discharge-areas.csv), or led by a discipline nobody ordered
                // that is to evaluate first (tables/evaluate-first.csv): nothing of this plan serves it yet
                if (deferred(p, problem.area()) || "evaluate".equals(p.discipline(problem.lead()).scope())) {
                    assertTrue(p.goals().stream().noneMatch(g -> g.area().equals(problem.area())), problem.area());
                    assertTrue(p.interventions().stream().noneMatch(i -> i.area().equals(problem.area())),
                            problem.area() + " is deferred but has an intervention");
                    continue;
                }
                assertTrue(p.discipline(problem.lead()).indicated(), problem.area());
                assertTrue(p.interventions().stream().anyMatch(i -> i.area().equals(problem.area())
                        && i.discipline().equals(problem.lead())), problem.area() + " has no intervention");
            }
            p.disciplines().forEach(d -> d.reasons().forEach(r -> assertCites(r, d.discipline())));
            p.schedule().forEach(x -> x.reasons().forEach(r -> assertCites(r, x.discipline())));
            p.disciplines().stream().filter(d -> d.indicated()).forEach(d ->
                    assertEquals(1, p.schedule().stream().filter(x -> x.discipline().equals(d.discipline())).count()));
        }));
    }

    /**
     * Whether the discharge plan says the area is taken up after discharge: its reason from
     * plan/after-discharge.drl, whose words (tables/after-discharge-areas.csv) start with the area's name.
     */
    private static boolean deferred(CarePlan p, String area) {
        return p.discharge() != null && p.discharge().reasons().stream().anyMatch(r ->
                r.rule().equals("The discharge plan says which problems are taken up after discharge")
                        && r.because().startsWith(area.replace('-', ' ') + " "));
    }

    private static void assertCites(Reason r, String what) {
        assertNotNull(r.because(), what + ": " + r.rule());
        assertTrue(planNamesASource(r.source()), what + ": " + r.rule() + " cites " + r.source());
        // an article is named by its title, site and year, never by the file key it was stored under (int41)
        assertFalse(java.util.regex.Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt").matcher(r.source()).find(),
                what + ": " + r.rule() + " cites " + r.source());
    }
}
