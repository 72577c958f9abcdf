package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.PrecautionItem;
import org.junit.jupiter.api.Test;

/**
 * A flexor tendon injury or repair of the hand (S66.0, S66.1) states its protocol by its code (tables/aftercare.csv
 * flexor-tendon-repair, precaution-limits.csv): without any precaution in the case, the repaired hand gets no joint
 * mobilisation and no resisted strengthening, and no strength gain, for 12 weeks. Each case is compared with the same
 * case under a finger fracture code (S62.6, no protocol) or after the 12 weeks, so every assertion could fail (the
 * fresh-user trial of int-27, x09: 97140 and a strength gain were planned for the repaired finger).
 */
class FlexorTendonProtocolTest {

    /** Outpatient, an OT order, one hand-injury condition: the right hand's motion and strength (3/5). */
    private static String hand(String code, String onset) {
        return Cases.json("2026-12-01", null, "outpatient", "commercial", Cases.condition(code, "hand-injury", onset),
                "{ \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" },"
                        + " { \"area\": \"strength\", \"region\": \"hand\", \"side\": \"right\", \"score\": 3 }",
                Cases.order("ot", "2026-11-19"));
    }

    /** OT's codes for the area. */
    private static Set<String> codes(CarePlan plan, String area) {
        return Cases.codes(plan, "ot", area);
    }

    private static boolean hasProtocol(CarePlan plan) {
        return plan.precautions().stream().anyMatch(p -> p.kind().equals("flexor-tendon-repair"));
    }

    @Test
    void aFlexorTendonCodeAloneProtectsTheRepairedHand() {
        // S66.011D: strain of the long flexor of the right thumb, 4 weeks before asOf; the case lists no precaution
        CarePlan plan = Cases.plan(hand("S66.011D", "2026-11-03"));
        assertTrue(hasProtocol(plan), plan.precautions().toString());
        assertTrue(plan.precautions().stream().filter(p -> p.kind().equals("flexor-tendon-repair"))
                .allMatch(p -> p.text().contains("no passive extension stretch") && p.disciplines().contains("ot")),
                plan.precautions().toString());
        // range of motion keeps its protected active motion (97110) and loses joint mobilisation (97140)
        Set<String> rom = codes(plan, "range-of-motion");
        assertTrue(rom.contains("97110"), rom.toString());
        assertFalse(rom.contains("97140"), rom.toString());
        // strength: neither exercise nor dynamic activities against resistance, and no grade aimed at
        Set<String> strength = codes(plan, "strength");
        assertFalse(strength.contains("97110") || strength.contains("97530"), strength.toString());
        GoalItem goal = Cases.longGoal(plan, "strength");
        assertNull(goal.target().value(), goal.text());
        assertEquals(3, goal.baseline().value().intValue());
        assertTrue(goal.text().startsWith("Strength (right hand): not tested or trained against resistance while the"
                + " flexor tendon repair heals"), goal.text());
    }

    @Test
    void aFingerFractureCodeHasNoFlexorProtocol() {
        CarePlan plan = Cases.plan(hand("S62.601A", "2026-11-03"));
        assertFalse(hasProtocol(plan), plan.precautions().toString());
        assertTrue(codes(plan, "range-of-motion").contains("97140"), codes(plan, "range-of-motion").toString());
        assertTrue(codes(plan, "strength").containsAll(Set.of("97110", "97530")), codes(plan, "strength").toString());
        // no protocol limit: the hand's strength aims at grip and pinch force by dynamometer (functional-goals.csv)
        String strength = Cases.longGoal(plan, "strength").text();
        assertTrue(strength.contains("hand-held dynamometer") && !strength.contains("not tested or trained"), strength);
    }

    @Test
    void theProtocolEndsTwelveWeeksAfterTheInjury() {
        // 2026-09-01 to 2026-12-01 is 91 days: week 13, past aftercare.csv untilWeek 12
        CarePlan plan = Cases.plan(hand("S66.111D", "2026-09-01"));
        assertFalse(hasProtocol(plan), plan.precautions().toString());
        assertTrue(codes(plan, "range-of-motion").contains("97140"), codes(plan, "range-of-motion").toString());
        // and 83 days (2026-09-09) is still within it
        assertTrue(hasProtocol(Cases.plan(hand("S66.111D", "2026-09-09"))));
    }

    /** Flexor tendon repair (S66.021A) two weeks old, OT for the hand; with ME/CFS (G93.32) PT for endurance. */
    private static final String FLEXOR = "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"outpatient\","
            + " \"payer\": { \"kind\": \"commercial\" },"
            + " \"conditions\": [ { \"code\": \"S66.021A\", \"category\": \"hand-injury\", \"onset\": \"2026-11-17\" },"
            + " { \"code\": \"G93.32\", \"category\": \"deconditioning\", \"onset\": \"2024-01-01\" } ],"
            + " \"findings\": [ { \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" },"
            + " { \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 5 },"
            + " { \"area\": \"fine-motor\", \"region\": \"hand\", \"side\": \"right\" },"
            + " { \"area\": \"endurance\", \"score\": 250 } ],"
            + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-20\" }, { \"discipline\": \"ot\", \"date\": \"2026-11-20\" } ] }";

    @Test
    void aFlexorTendonRepairKeepsManualTherapyOffTheHandsPainAndExerciseOffItsFineMotorSkills() {
        // Vucekovich, Gallardo and Fiala 2005; Starr et al. 2013: no forceful manual work on the repair, no resisted
        // exercise before 8 to 12 weeks; the protected motion (tendon gliding, 97110) is the range of motion's
        CarePlan plan = Cases.plan(FLEXOR);
        assertFalse(codes(plan, "pain").contains("97140"), codes(plan, "pain").toString());
        assertFalse(codes(plan, "fine-motor").contains("97110"), codes(plan, "fine-motor").toString());
        assertTrue(codes(plan, "range-of-motion").contains("97110"), codes(plan, "range-of-motion").toString());
    }

    @Test
    void physicalTherapyTreatingOnlyEnduranceDoesNotCarryTheFlexorTendonPrecaution() {
        // PT leads endurance, a body function without a region that no hand condition takes for the hand
        CarePlan plan = Cases.plan(FLEXOR);
        List<PrecautionItem> flexor = plan.precautions().stream().filter(p -> p.kind().equals("flexor-tendon-repair")).toList();
        assertEquals(1, flexor.size(), plan.precautions().toString());
        assertEquals(List.of("ot"), flexor.get(0).disciplines());
    }
}
