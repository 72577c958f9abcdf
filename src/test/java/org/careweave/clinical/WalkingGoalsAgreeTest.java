package org.careweave.clinical;

import static org.careweave.clinical.Cases.gg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * A patient's walking and stairs goals agree with each other and with the assessment (users' trial of int41, D6-D8).
 * Expected levels are worked by hand from the Section GG scale (01 dependent ... 06 independent) and the goal rules:
 * without a prior level a problem aims two levels up, at most 06; a full course (joint replacement) returns to the
 * prior level from 02 up, and from 01 aims two levels up; stairs never aim above walking's long-term level unless the
 * stairs score already is (then held there).
 */
class WalkingGoalsAgreeTest {

    private static CarePlan plan(String condition, String priorFunction, String findings) {
        return Cases.plan("{ \"caseId\": \"t\", \"asOf\": \"2026-11-21\", \"patient\": { \"birthDate\": \"1949-03-14\""
                + (priorFunction == null ? "" : ", \"priorFunction\": " + priorFunction) + " },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ " + condition + " ], \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 3, \"bathroom\": \"tub-shower\","
                + " \"help\": \"full-time\" } }");
    }

    private static final String STROKE = "{ \"category\": \"stroke\", \"code\": \"I63.9\", \"onset\": \"2026-10-10\" }";
    private static final String HIP = "{ \"category\": \"joint-replacement\", \"code\": \"Z96.641\", \"onset\": \"2026-10-28\" }";
    private static final String INDEPENDENT = "{ \"selfCare\": \"independent\", \"indoorMobility\": \"independent\","
            + " \"stairs\": \"independent\" }";

    private static int longTarget(CarePlan p, String area) {
        return Cases.longGoal(p, area).target().value().intValue();
    }

    @Test
    void stairsAtFourBesideWalkingAtOneAreHeldAtFourNotRaisedAboveWalking() {
        // walk 10 feet 01 -> 03 (two levels, no prior level); four steps 04 would aim at 06, walking's 03 holds it,
        // and a score already above walking's goal is kept: 04, not 05 (the old one-level-up floor)
        CarePlan p = plan(STROKE, null, gg("walk-10-feet", 1) + ", " + gg("four-steps", 4));
        assertEquals(3, longTarget(p, "walk-10-feet"));
        assertEquals(4, longTarget(p, "four-steps"));
        assertTrue(p.goals().stream().noneMatch(g -> g.area().equals("four-steps") && g.term().equals("short")),
                p.goals().toString());
        // a held goal is no progress: it reads as kept, not "(Section GG 04 to 04)"
        String text = Cases.longGoal(p, "four-steps").text();
        assertTrue(text.startsWith("Climbing four steps kept at ") && text.contains("no higher than walking's goal")
                && text.endsWith("(Section GG 04 kept)"), text);
        // stairs 02 beside walking 01 -> 03: two levels up would be 04, walking's 03 holds it at 03
        CarePlan q = plan(STROKE, null, gg("walk-10-feet", 1) + ", " + gg("four-steps", 2));
        assertEquals(3, longTarget(q, "four-steps"));
    }

    @Test
    void walkingNotAttemptedForSafetyHoldsTheStairsAtTodaysLevel() {
        // walk 10 feet 88, nothing walked: four steps 04 is not promised 06 "independently"
        CarePlan p = plan(STROKE, null, "{ \"area\": \"walk-10-feet\", \"notAttempted\": \"medical-safety\" }, "
                + gg("four-steps", 4));
        assertEquals(4, longTarget(p, "four-steps"));
        assertFalse(Cases.longGoal(p, "four-steps").text().contains("independently"),
                Cases.longGoal(p, "four-steps").text());
        assertTrue(Cases.longGoal(p, "four-steps").text().contains("while walking 10 feet is not attempted"),
                Cases.longGoal(p, "four-steps").text());
        // not done before the illness (09): the same
        CarePlan q = plan(STROKE, null, "{ \"area\": \"walk-10-feet\", \"notAttempted\": \"not-applicable\" }, "
                + gg("four-steps", 4));
        assertEquals(4, longTarget(q, "four-steps"));
        // refused (07) and environmental limits (10) say nothing of what the patient can do: the stairs keep their own
        // two-level goal (04 -> 06, no prior level, stroke's partial course)
        CarePlan r = plan(STROKE, null, "{ \"area\": \"walk-10-feet\", \"notAttempted\": \"refused\" }, "
                + gg("four-steps", 4));
        assertEquals(6, longTarget(r, "four-steps"));
        CarePlan e = plan(STROKE, null, "{ \"area\": \"walk-10-feet\", \"notAttempted\": \"environment\" }, "
                + gg("four-steps", 4));
        assertEquals(6, longTarget(e, "four-steps"));
    }

    @Test
    void aDependentWalkerAfterAHipReplacementAimsTwoLevelsUpNotIndependent() {
        // full course, prior level independent (GG0100 indoor mobility 3 -> 06): from 01 the goal is 03, not 06
        CarePlan p = plan(HIP, INDEPENDENT, gg("walk-10-feet", 1));
        assertEquals(3, longTarget(p, "walk-10-feet"));
        assertFalse(Cases.longGoal(p, "walk-10-feet").text().contains("independently"),
                Cases.longGoal(p, "walk-10-feet").text());
        // from 02 the full course still returns to the prior level
        CarePlan q = plan(HIP, INDEPENDENT, gg("walk-10-feet", 2));
        assertEquals(6, longTarget(q, "walk-10-feet"));
    }

    @Test
    void theWalkerIsNamedForEveryWalkingGoalOnceOneWalkItemIsAtTwo() {
        // walk 10 feet 02 takes a walker (goal-aids.csv minLevel 2); walk 150 feet 01 is walked with the same walker
        CarePlan p = plan(HIP, INDEPENDENT, gg("walk-10-feet", 2) + ", " + gg("walk-150-feet", 1));
        p.goals().stream().filter(g -> g.area().startsWith("walk-"))
                .forEach(g -> assertTrue(g.text().contains("using a walker"), g.text()));
    }
}
