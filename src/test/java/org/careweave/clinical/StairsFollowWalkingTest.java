package org.careweave.clinical;

import static org.careweave.clinical.Cases.gg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * A stairs goal does not outrun the walking goal beside it (users' trial: "one step at a time with the handrail and no
 * hands-on help" in 4 weeks beside walking "with supervision or contact guard"). Stairs are the harder task and the
 * Section GG stairs items follow the walk items. Expected levels follow from the plan's usual target, two levels up
 * without a prior level on a stroke's partial course, then the cap at walking's target.
 */
class StairsFollowWalkingTest {

    private static CarePlan plan(String findings) {
        return Cases.plan("{ \"caseId\": \"t\", \"asOf\": \"2026-11-21\", \"patient\": { \"birthDate\": \"1949-03-14\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"category\": \"stroke\", \"code\": \"I63.9\", \"onset\": \"2026-10-10\" } ],"
                + " \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 3, \"bathroom\": \"tub-shower\","
                + " \"help\": \"full-time\" } }");
    }

    @Test
    void entryStepsBesideWalkingThatStillAllowsATouchKeepAHelperBeside() {
        // walking 10 feet 02 -> 04 (supervision or touching): the home's steps keep a helper beside
        CarePlan p = plan(gg("walk-10-feet", 2));
        assertEquals(4, Cases.longGoal(p, "walk-10-feet").target().value().intValue());
        assertEquals("with the handrail and a helper beside", Cases.longGoal(p, "four-steps").target().words());
    }

    @Test
    void entryStepsBesideWalkingWithoutAHelperMayGoWithoutHandsOnHelp() {
        // walking 10 feet 04 -> 06 (independent): no hands-on help on the steps is no further than walking
        CarePlan p = plan(gg("walk-10-feet", 4));
        assertEquals(6, Cases.longGoal(p, "walk-10-feet").target().value().intValue());
        assertEquals("one step at a time with the handrail and no hands-on help",
                Cases.longGoal(p, "four-steps").target().words());
    }

    @Test
    void aScoredStairsItemAimsNoHigherThanWalking() {
        // walking 02 -> 04; four steps 03 would aim at 05, capped at walking's 04
        CarePlan p = plan(gg("walk-10-feet", 2) + ", " + gg("four-steps", 3));
        assertEquals(4, Cases.longGoal(p, "four-steps").target().value().intValue());
        // one level up leaves no level between: no short-term stairs goal
        assertTrue(p.goals().stream().noneMatch(g -> g.area().equals("four-steps") && g.term().equals("short")));
        // no one-level-up floor (users' trial of int41, D6): four steps 04 beside walking 02 -> 04 is held at 04, never
        // above walking's goal unless the stairs score already is, and says it is kept, not "04 to 04"
        CarePlan q = plan(gg("walk-10-feet", 2) + ", " + gg("four-steps", 4));
        assertEquals(4, Cases.longGoal(q, "four-steps").target().value().intValue());
        String held = Cases.longGoal(q, "four-steps").text();
        assertTrue(held.contains("kept at") && held.contains("(Section GG 04 kept)") && !held.contains("04 to 04"), held);
    }

    @Test
    void aPatientWhoDoesNotYetWalkIsNotPromisedStairsByTheStrengthGoal() {
        CarePlan p = plan(gg("walk-10-feet", 1) + ", { \"area\": \"strength\", \"region\": \"lower-limb\", \"score\": 4 }");
        String text = Cases.longGoal(p, "strength").text();
        assertTrue(text.contains("stands up to transfer") && !text.contains("steps"), text);
        // walking 02: he walks, and the row for the legs stays (rising from a chair and the steps at home)
        CarePlan q = plan(gg("walk-10-feet", 2) + ", { \"area\": \"strength\", \"region\": \"lower-limb\", \"score\": 4 }");
        assertTrue(Cases.longGoal(q, "strength").text().contains("climbs the steps at home"));
    }
}
