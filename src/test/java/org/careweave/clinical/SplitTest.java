package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.indicated;
import static org.careweave.clinical.Cases.json;
import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.plan.CarePlan;
import org.careweave.plan.ProblemItem;
import org.junit.jupiter.api.Test;

/** Who leads the areas both disciplines could claim. */
class SplitTest {

    private static ProblemItem problem(CarePlan p, String area) {
        return p.problems().stream().filter(x -> x.area().equals(area)).findFirst().orElseThrow();
    }

    @Test
    void handPainAfterCarpalTunnelIsLedByOtCitingSeed000AndHtcc() {
        CarePlan p = plan(condition("carpal-tunnel"), "{ \"area\": \"pain\", \"score\": 6 }");
        assertEquals("ot", p.leadOf("pain"));
        assertFalse(indicated(p, "pt"));
        assertTrue(problem(p, "pain").reasons().stream().anyMatch(r -> r.source().contains(
                "Ivy Rehab Network, \"Occupational Therapy vs. Physical Therapy: What's the Difference?\" (2023)")
                && r.source().contains("HTCC")));
    }

    @Test
    void theSamePainWithoutAHandConditionIsLedByPt() {
        assertEquals("pt", plan(condition("arthritis"), "{ \"area\": \"pain\", \"score\": 6 }").leadOf("pain"));
    }

    @Test
    void aHandConditionDoesNotTakeWalkingOrBalanceFromPt() {
        CarePlan p = plan(condition("trigger-finger"), "{ \"area\": \"fine-motor\" },"
                + " { \"area\": \"balance\", \"score\": 40 }, { \"area\": \"walk-150-feet\", \"level\": 3 }");
        assertEquals("ot", p.leadOf("fine-motor"));
        assertEquals("pt", p.leadOf("balance"));
        assertEquals("pt", p.leadOf("walk-150-feet"));
        assertTrue(indicated(p, "pt"));
    }

    @Test
    void strengthIsLedByPtWhateverElseIsOnTheProblemList() {
        // therapist trial: a self-care deficit alone used to move strength to OT and leave PT not indicated;
        // who leads a problem is decided by the problem itself (region, condition, orders)
        CarePlan p = plan(condition("arthritis"), "{ \"area\": \"strength\", \"score\": 3 },"
                + " { \"area\": \"upper-body-dressing\", \"level\": 3 }");
        assertEquals("pt", p.leadOf("strength"));
        assertEquals("ot", p.leadOf("upper-body-dressing"));
        assertTrue(indicated(p, "pt"));
    }

    @Test
    void strengthUnderAnOtOrderWithoutAPtOrderIsLedByOt() {
        String otOnly = json(condition("arthritis"), "{ \"area\": \"strength\", \"score\": 3 },"
                + " { \"area\": \"upper-body-dressing\", \"level\": 3 }", "", null);
        otOnly = otOnly.substring(0, otOnly.lastIndexOf('}'))
                + ", \"orders\": [ { \"discipline\": \"ot\", \"date\": \"2026-11-10\" } ] }";
        CarePlan p = plan(otOnly);
        assertEquals("ot", p.leadOf("strength"));
        assertFalse(indicated(p, "pt"));
    }

    @Test
    void strengthWithAWalkingProblemIsLedByPt() {
        CarePlan p = plan(condition("arthritis"), "{ \"area\": \"strength\", \"score\": 3 },"
                + " { \"area\": \"upper-body-dressing\", \"level\": 3 }, { \"area\": \"walk-50-feet\", \"level\": 3 }");
        assertEquals("pt", p.leadOf("strength"));
        assertEquals("ot", p.leadOf("upper-body-dressing"));
    }

    @Test
    void toiletAndTubTransfersAreOtsWhileChairAndCarTransfersArePts() {
        CarePlan p = plan(condition("stroke"), "{ \"area\": \"toilet-transfer\", \"level\": 3 },"
                + " { \"area\": \"tub-shower-transfer\", \"level\": 3 }, { \"area\": \"chair-bed-transfer\", \"level\": 3 },"
                + " { \"area\": \"car-transfer\", \"level\": 3 }");
        assertEquals("ot", p.leadOf("toilet-transfer"));
        assertEquals("ot", p.leadOf("tub-shower-transfer"));
        assertEquals("pt", p.leadOf("chair-bed-transfer"));
        assertEquals("pt", p.leadOf("car-transfer"));
    }

    @Test
    void pickingThingsUpIsPtsExceptAfterJointReplacementWhereOtBringsTheReacher() {
        String f = "{ \"area\": \"pick-up-object\", \"level\": 3 }";
        assertEquals("pt", plan(condition("stroke"), f).leadOf("pick-up-object"));
        assertEquals("ot", plan(condition("joint-replacement"), f).leadOf("pick-up-object"));
    }

    @Test
    void shoppingIsOtsAndTheGoalOfGettingToTheStoreGoesToPtsWalkingProblem() {
        String goal = "{ \"text\": \"get to the store\", \"activity\": \"community-mobility\" }";
        CarePlan p = plan(json("", "{ \"area\": \"shopping\" }, { \"area\": \"walk-150-feet\", \"level\": 4 }",
                goal, null));
        assertEquals("ot", p.leadOf("shopping"));
        assertEquals("pt", p.leadOf("walk-150-feet"));
        assertNull(p.leadOf("community-mobility"), "a goal is no finding: it makes no problem of its own");
        assertTrue(p.goals().stream().anyMatch(g -> g.discipline().equals("pt") && g.area().equals("walk-150-feet")
                && "get to the store".equals(g.patientWords())), p.goals().toString());
        // without a walking deficit the goal gives PT nothing to lead
        CarePlan shoppingOnly = plan(json("", "{ \"area\": \"shopping\" }", goal, null));
        assertFalse(shoppingOnly.discipline("pt").indicated());
    }

    @Test
    void mealsAndMedicationLimitedByCognitionAreLedByOtForThatReason() {
        CarePlan p = plan(condition("cognitive-impairment"), "{ \"area\": \"medication-management\" }");
        assertEquals("ot", p.leadOf("medication-management"));
        assertTrue(problem(p, "medication-management").reasons().stream()
                .anyMatch(r -> r.rule().equals("Meals and medication affected by low vision or cognition are led by OT")));
    }

    @Test
    void balanceIsPtsAndCaregiverTrainingIsOts() {
        CarePlan p = plan("", "{ \"area\": \"balance\", \"score\": 30 }, { \"area\": \"caregiver-training\" }");
        assertEquals("pt", p.leadOf("balance"));
        assertEquals("ot", p.leadOf("caregiver-training"));
    }
}
