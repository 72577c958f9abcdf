package org.careweave.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which lead {@link CarePlan} gives for an area now that a problem is one area in one region (fresh-user trial 3:
 * {@code leadOf("pain")} of a plan with wrist pain led by OT and knee pain led by PT gave one of them, unsaid which).
 * The plan is built by hand, in the order the planner lists problems (area, then region with none first), so the
 * answers do not depend on the rules.
 */
class CarePlanLeadTest {

    private static ProblemItem problem(String area, String region, String lead) {
        return new ProblemItem(area, region, region == null ? null : "left", lead, List.of());
    }

    private static final CarePlan PLAN = new CarePlan("c", null, List.of(),
            List.of(problem("lower-body-dressing", null, "ot"), problem("pain", "hand", "ot"),
                    problem("pain", "lower-limb", "pt"), problem("strength", null, "pt"),
                    problem("strength", "upper-limb", "ot")),
            List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null);

    @Test
    void theLeadOfAnAreaInARegionIsThatProblemsLead() {
        assertEquals(Optional.of("ot"), PLAN.leadOf("pain", "hand"));
        assertEquals(Optional.of("pt"), PLAN.leadOf("pain", "lower-limb"));
        assertEquals(Optional.of("ot"), PLAN.leadOf("strength", "upper-limb"));
    }

    @Test
    void aNullRegionIsTheProblemGivenWithoutOne() {
        assertEquals(Optional.of("ot"), PLAN.leadOf("lower-body-dressing", null));
        assertEquals(Optional.of("pt"), PLAN.leadOf("strength", null));
        assertEquals(Optional.empty(), PLAN.leadOf("pain", null), "pain was only ever placed");
    }

    @Test
    void anAreaOrRegionThatIsNotAProblemIsEmpty() {
        assertEquals(Optional.empty(), PLAN.leadOf("pain", "trunk"));
        assertEquals(Optional.empty(), PLAN.leadOf("balance", null));
        assertEquals(Optional.empty(), PLAN.leadOf("lower-body-dressing", "hand"));
    }

    /** The deprecated accessor, as its Javadoc says: the first problem of the area in the plan's order. */
    @Test
    @SuppressWarnings("deprecation")
    void theAreaOnlyAccessorGivesTheFirstProblemOfTheArea() {
        assertEquals("ot", PLAN.leadOf("pain"), "hand sorts before lower-limb");
        assertEquals("pt", PLAN.leadOf("strength"), "the problem without a region comes first");
        assertEquals("ot", PLAN.leadOf("lower-body-dressing"));
        assertNull(PLAN.leadOf("balance"));
    }
}
