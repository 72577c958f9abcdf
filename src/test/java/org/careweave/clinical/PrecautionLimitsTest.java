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

    private static String hand(String precautions, String strengthSide) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-01\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"S66.021A\", \"category\": \"hand-injury\", \"onset\": \"2026-11-17\" } ],"
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
    void withoutThePrecautionTheHandIsStrengthenedAndAimsAtAGrade() {
        CarePlan plan = Cases.plan(hand("", "right"));
        assertTrue(codes(plan, "ot", "strength").containsAll(Set.of("97110", "97530")), codes(plan, "ot", "strength").toString());
        assertTrue(codes(plan, "ot", "range-of-motion").contains("97140"));
        assertEquals(4, goal(plan, "strength").target().value().intValue(), "MMT 3 aims at 4");
    }

    @Test
    void aPrecautionOnTheOtherHandLeavesThisHandsStrengthAlone() {
        CarePlan plan = Cases.plan(hand(NWB_RIGHT_HAND, "left"));
        assertTrue(codes(plan, "ot", "strength").contains("97110"), codes(plan, "ot", "strength").toString());
        assertEquals(4, goal(plan, "strength").target().value().intValue());
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
}
