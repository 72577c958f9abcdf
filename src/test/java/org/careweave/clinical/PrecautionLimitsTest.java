package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;

/**
 * Precautions that constrain goals and interventions (tables/precaution-limits.csv, rules/plan/precautions.drl),
 * from the third therapist trial (notes/trialcases3 07, 01, 02): each limit is checked against the same case
 * without the precaution or referral, so every assertion could fail.
 */
class PrecautionLimitsTest {

    // a finger fracture (S62.6), not a flexor tendon injury: S66.0/S66.1 carry their own protocol (aftercare.csv),
    // which would limit the hand without the case's precaution (FlexorTendonProtocolTest)
    private static String hand(String precautions, String strengthSide) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"S62.601A\", \"category\": \"hand-injury\", \"onset\": \"2026-11-17\" } ],"
                + " \"findings\": [ { \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" },"
                + " { \"area\": \"strength\", \"region\": \"hand\", \"side\": \"" + strengthSide + "\", \"score\": 3 } ],"
                + " \"precautions\": [" + precautions + "], \"orders\": [ { \"discipline\": \"ot\", \"date\": \"2026-11-19\" } ] }";
    }

    private static final String NWB_RIGHT_HAND =
            "{ \"kind\": \"weight-bearing\", \"level\": \"nwb\", \"region\": \"hand\", \"side\": \"right\" }";

    private static Set<String> codes(CarePlan plan, String discipline, String area) {
        return plan.interventions().stream().filter(i -> i.discipline().equals(discipline) && i.area().equals(area))
                .map(i -> i.code()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static GoalItem goal(CarePlan plan, String area) {
        List<GoalItem> goals = plan.goals().stream().filter(g -> g.area().equals(area)).toList();
        assertEquals(1, goals.size(), "one goal for " + area + ": " + goals);
        return goals.get(0);
    }

    @Test
    void aNonWeightBearingHandGetsNoStrengtheningAndNoStrengthGain() {
        CarePlan plan = Cases.plan(hand(NWB_RIGHT_HAND, "right"));
        // hand strength under NWB: neither exercise nor dynamic activities; the orthosis (hand injury) stays
        assertEquals(Set.of("97760"), codes(plan, "ot", "strength"));
        // range of motion keeps its exercise (tendon gliding) but loses joint mobilisation
        assertEquals(Set.of("97110", "97760"), codes(plan, "ot", "range-of-motion"));
        GoalItem strength = goal(plan, "strength");
        assertNull(strength.target().value(), "no MMT grade is aimed at: " + strength.text());
        assertEquals(3, strength.baseline().value().intValue());
        assertTrue(strength.text().startsWith("Strength (right hand): not tested or trained against resistance"),
                strength.text());
        assertTrue(plan.precautions().stream().anyMatch(p -> p.kind().equals("weight-bearing")
                && p.text().startsWith("Non-weight-bearing hand: no strengthening")), plan.precautions().toString());
    }

    @Test
    void withoutThePrecautionTheHandIsStrengthenedAndAimsAtAGripForce() {
        CarePlan plan = Cases.plan(hand("", "right"));
        assertTrue(codes(plan, "ot", "strength").containsAll(Set.of("97110", "97530")), codes(plan, "ot", "strength").toString());
        assertTrue(codes(plan, "ot", "range-of-motion").contains("97140"));
        // a hand's strength goal is grip and pinch force by dynamometer, not a muscle grade (Mathiowetz et al. 1985)
        assertTrue(goal(plan, "strength").text().contains("grip and pinch strength, measured in kilograms with a hand-held dynamometer"), goal(plan, "strength").text());
    }

    @Test
    void aPrecautionOnTheOtherHandLeavesThisHandsStrengthAlone() {
        CarePlan plan = Cases.plan(hand(NWB_RIGHT_HAND, "left"));
        assertTrue(codes(plan, "ot", "strength").contains("97110"), codes(plan, "ot", "strength").toString());
        assertTrue(goal(plan, "strength").text().contains("grip and pinch strength, measured in kilograms with a hand-held dynamometer"), goal(plan, "strength").text());
    }

    private static String cabg(String setting, String precautions) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"" + setting + "\","
                + " \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"code\": \"Z95.1\", \"category\": \"cardiac\", \"onset\": \"2026-11-10\" } ],"
                + " \"findings\": [ { \"area\": \"endurance\", \"score\": 280 },"
                + " { \"area\": \"pain\", \"region\": \"trunk\", \"score\": 5 } ],"
                + " \"precautions\": [" + precautions + "] }";
    }

    @Test
    void sternalPrecautionsKeepManualTherapyOffTheTrunk() {
        assertEquals(Set.of("97110"), codes(Cases.plan(cabg("outpatient", "{ \"kind\": \"sternal\" }")), "pt", "pain"));
        assertTrue(codes(Cases.plan(cabg("outpatient", "")), "pt", "pain").contains("97140"));
    }

    @Test
    void anOutpatientReferredToCardiacRehabilitationIsNotAlsoGivenEnduranceExerciseByPt() {
        CarePlan plan = Cases.plan(cabg("outpatient", ""));
        assertTrue(plan.discharge().referrals().stream().anyMatch(r -> r.to().equals("cardiac-rehab")));
        // the programme trains endurance (97110 there); PT only applies it to daily activities
        assertEquals(Set.of("97530"), codes(plan, "pt", "endurance"));
        GoalItem endurance = goal(plan, "endurance");
        assertTrue(endurance.text().contains("cardiac rehabilitation programme"), endurance.text());
        assertNull(endurance.target().value());
    }

    @Test
    void atHomeTheRehabilitationProgrammeIsForAfterDischargeSoPtTrainsEndurance() {
        CarePlan plan = Cases.plan(cabg("home-health", "").replace("medicare-part-b", "medicare-part-a"));
        assertTrue(codes(plan, "pt", "endurance").contains("97110"), codes(plan, "pt", "endurance").toString());
        assertEquals(330, goal(plan, "endurance").target().value().intValue(), "280 m aims at 330 m");
    }

    private static String copd(String precautions) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"code\": \"J44.1\", \"category\": \"copd\" } ],"
                + " \"findings\": [ { \"area\": \"breathing\" }, { \"area\": \"walk-150-feet\", \"level\": 4 } ],"
                + " \"precautions\": [" + precautions + "] }";
    }

    @Test
    void theHomeProgrammeOfAPatientOnOxygenKeepsTheOxygenOnDuringExercise() {
        List<String> on = Cases.plan(copd("{ \"kind\": \"oxygen\", \"detail\": \"2 L/min with exertion\" }"))
                .discharge().homeProgram().stream().filter(h -> h.discipline().equals("pt")).map(h -> h.text()).toList();
        assertEquals(2, on.size(), on.toString());
        for (String text : on) {
            assertTrue(text.contains(", with the supplemental oxygen on as prescribed (2 L/min with exertion)"), text);
        }
        List<String> off = Cases.plan(copd("")).discharge().homeProgram().stream().map(h -> h.text()).toList();
        assertFalse(off.stream().anyMatch(t -> t.contains("oxygen")), off.toString());
    }

    // Trial 3 case 13: a total ankle replacement (Z96.661) in a non-weight-bearing boot. Range of motion is recorded
    // with the leg's region and side, pain without a region (the code makes it the ankle's, so the lower limb's).
    private static String ankle(String precautions, String romSide) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"code\": \"Z96.661\", \"category\": \"joint-replacement\", \"onset\": \"2026-11-18\" } ],"
                + " \"findings\": [ { \"area\": \"range-of-motion\", \"region\": \"lower-limb\", \"side\": \"" + romSide + "\" },"
                + " { \"area\": \"pain\", \"score\": 6 }, { \"area\": \"walk-150-feet\", \"level\": 3 } ],"
                + " \"precautions\": [" + precautions + "], \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-25\" } ] }";
    }

    private static final String NWB_RIGHT_LEG =
            "{ \"kind\": \"weight-bearing\", \"level\": \"nwb\", \"region\": \"lower-limb\", \"side\": \"right\" }";

    @Test
    void aNonWeightBearingLegGetsNoJointMobilisationAndNoRangeGainUntilTheBootComesOff() {
        CarePlan plan = Cases.plan(ankle(NWB_RIGHT_LEG, "right"));
        assertEquals(Set.of("97110"), codes(plan, "pt", "range-of-motion"));
        // pain recorded without a region is the replaced ankle's, so the leg's limit holds for it too; the replacement
        // is 13 days old, so its pain gets graded activity in place of manual therapy (healing-windows.csv)
        assertEquals(Set.of("97110", "97530"), codes(plan, "pt", "pain"));
        GoalItem rom = goal(plan, "range-of-motion");
        assertTrue(rom.text().contains("not mobilised or stretched while the leg is non-weight-bearing"), rom.text());
        assertFalse(rom.text().contains("dorsiflexion"), rom.text());
        // the target is what the limit allows (precaution-limits.csv goal), never a placeholder
        assertTrue(rom.target().words().startsWith("not mobilised or stretched while the leg is non-weight-bearing"),
                rom.target().words());
        assertTrue(codes(plan, "pt", "walk-150-feet").contains("97116"), "gait training within the order stays");
    }

    @Test
    void withoutTheLimitTheAnkleIsMobilisedAndAimsAtDorsiflexion() {
        CarePlan plan = Cases.plan(ankle("", "right"));
        assertTrue(codes(plan, "pt", "range-of-motion").contains("97140"), codes(plan, "pt", "range-of-motion").toString());
        // the pain of a 13-day-old replacement gets no manual therapy, limit or not (healing-windows.csv, HealingPartTest)
        assertEquals(Set.of("97110", "97530"), codes(plan, "pt", "pain"));
        assertTrue(goal(plan, "range-of-motion").text().contains("dorsiflexion"), goal(plan, "range-of-motion").text());
    }

    @Test
    void aLimitOnTheRightLegLeavesTheLeftLegsRangeAlone() {
        CarePlan plan = Cases.plan(ankle(NWB_RIGHT_LEG, "left"));
        assertTrue(codes(plan, "pt", "range-of-motion").contains("97140"), codes(plan, "pt", "range-of-motion").toString());
        assertFalse(goal(plan, "range-of-motion").text().contains("not mobilised"), goal(plan, "range-of-motion").text());
    }

    // Trial 3 case 17 with the ME/CFS code and a six-minute walk below the 350 m cut-off.
    private static String postCovid(String codes) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"commercial\" }, \"conditions\": [" + codes + "],"
                + " \"findings\": [ { \"area\": \"endurance\", \"score\": 300 }, { \"area\": \"housekeeping\" } ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-20\" },"
                + " { \"discipline\": \"ot\", \"date\": \"2026-11-20\" } ] }";
    }

    private static final String U09_9 = "{ \"code\": \"U09.9\", \"category\": \"deconditioning\", \"onset\": \"2026-03-01\" }";
    private static final String G93_32 = "{ \"code\": \"G93.32\", \"category\": \"deconditioning\", \"onset\": \"2026-03-01\" }";

    @Test
    void postExertionalMalaiseKeepsGradedExerciseOffEnduranceAndPacesItInstead() {
        CarePlan plan = Cases.plan(postCovid(U09_9 + ", " + G93_32));
        assertEquals(Set.of("97535"), codes(plan, "pt", "endurance"));
        GoalItem endurance = goal(plan, "endurance");
        assertNull(endurance.target().value(), "no six-minute walk distance is aimed at: " + endurance.text());
        assertTrue(plan.precautions().stream().anyMatch(p -> p.kind().equals("post-exertional-malaise")
                && p.disciplines().containsAll(List.of("pt", "ot"))), plan.precautions().toString());
        assertFalse(plan.discharge().homeProgram().stream().anyMatch(h -> h.text().contains("adding time")),
                plan.discharge().homeProgram().toString());
    }

    @Test
    void postCovidWithoutTheMeCfsCodeScreensForPostExertionalMalaiseBeforeGradedExercise() {
        // trial 10: U09.9 alone now brings the PEM precaution until a screen rules it out (WHO COVID-19 living
        // guideline 2023; World Physiotherapy Briefing Paper 9, 2021: no graded exercise where PEM is present)
        CarePlan plan = Cases.plan(postCovid(U09_9));
        assertEquals(Set.of("97535"), codes(plan, "pt", "endurance"));
        assertNull(goal(plan, "endurance").target().value(), "no six-minute walk gain: " + goal(plan, "endurance").text());
        assertTrue(plan.precautions().stream().anyMatch(p -> p.kind().equals("post-exertional-malaise")
                && p.reasons().stream().anyMatch(r -> r.because().contains("screen for post-exertional malaise"))),
                plan.precautions().toString());
    }
}
