package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ProblemItem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.Test;

/**
 * A problem a limit gives no goal this episode (plan/no-goal.drl): a complete spinal cord injury at T2-T6 walks and
 * climbs at Section GG 01 and is not expected to walk or climb (PVA 1999, T1-T9). The first fresh-user trial of 4
 * December signed long-term goals "Walking 10 feet: no walking goal: ..." with "Baseline: as assessed" and the same
 * words again as the target. A plan of care lists measurable goals (CMS Pub 100-02 ch.15 §220.1.2): the problem stays
 * on the list, says once why it has no goal, and neither the JSON goals nor the FHIR bundle carry a goal for it.
 */
class NoGoalProblemTest {

    private static final Path CASE = Path.of("examples/sci-complete-t2-t6-no-walking-or-stairs-goals.json");

    @Test
    void walkingAndStairsStayProblemsThatSayOnceWhyTheyHaveNoGoal() throws Exception {
        CarePlan plan = TestRules.planner().plan(CaseReader.read(CASE));
        for (String area : List.of("walk-10-feet", "one-step", "four-steps")) {
            ProblemItem problem = plan.problems().stream().filter(p -> p.area().equals(area)).findFirst().orElseThrow();
            assertEquals("pt", problem.lead(), area);
            String why = Cases.noGoal(plan, area);
            // said once: the reason does not repeat the table's "no walking goal" after "is not a goal"
            assertTrue(why.startsWith(area.equals("walk-10-feet") ? "Walking 10 feet is not a goal of this plan: after"
                    : area.equals("one-step") ? "Stepping up and down one step is not a goal of this plan: after"
                    : "Climbing four steps is not a goal of this plan: after"), why);
            assertTrue(!why.contains("no walking goal") && !why.contains("no stairs goal"), why);
        }
        // the goals are the wheelchair, transfer, home and caregiver goals: 3 PT areas short and long, 2 OT long
        assertEquals(8, plan.goals().size(), plan.goals().toString());
        assertTrue(plan.goals().stream().noneMatch(g -> g.baseline() != null && "as assessed".equals(g.baseline().words())),
                plan.goals().toString());
    }

    @Test
    void theFhirBundleSendsNoGoalForAProblemWithoutOne() throws Exception {
        Case c = CaseReader.read(CASE);
        CarePlan plan = TestRules.planner().plan(c);
        Bundle bundle = BundleWriter.bundle(c, plan, FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES)));
        List<Goal> goals = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Goal).map(r -> (Goal) r).toList();
        assertEquals(8, goals.size());
        for (Goal g : goals) {
            String text = g.getDescription().getText();
            assertTrue(!text.startsWith("Walking 10 feet") && !text.startsWith("Climbing four steps")
                    && !text.startsWith("Stepping up and down one step"), text);
        }
    }
}
