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
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * Plans after surgery or injury, told by ICD-10-CM codes (tables/aftercare.csv, rules/plan/aftercare.drl; trial 4
 * items 3, 8 and 13). Each protocol is checked against the same case without the code that tells it, or past its
 * weeks, so every assertion could fail; the numbers are the tables' rows, worked out by hand: after carpal tunnel
 * release 1 visit a week for 2 weeks (Pomerance 2007: a two-week programme), after a rotator cuff repair 12 weeks
 * (Thigpen et al. 2016: strengthening from about 12 weeks), a distal radius fracture 8 weeks, a burned hand 12 weeks.
 */
class AftercareTest {

    private static String outpatient(String payer, String asOf, String conditions, String findings, String precautions,
            String ordered) {
        return "{ \"caseId\": \"t\", \"asOf\": \"" + asOf + "\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"" + payer + "\" }, \"conditions\": [" + conditions + "],"
                + " \"findings\": [" + findings + "], \"precautions\": [" + precautions + "],"
                + " \"orders\": [ { \"discipline\": \"" + ordered + "\", \"date\": \"2026-11-06\" } ] }";
    }

    private static String condition(String code, String category, String onset) {
        return "{ \"code\": \"" + code + "\", \"category\": \"" + category + "\", \"onset\": \"" + onset + "\" }";
    }

    private static final String CTS = condition("G56.01", "carpal-tunnel", "2026-11-05");
    private static final String CTR_FINDINGS = "{ \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 4 },"
            + " { \"area\": \"strength\", \"region\": \"hand\", \"side\": \"right\", \"score\": 4 },"
            + " { \"area\": \"sensation\", \"region\": \"hand\", \"side\": \"right\" }, { \"area\": \"fine-motor\" }";

    private static CarePlan ctr(String besides, String findings) {
        return Cases.plan(outpatient("commercial", "2026-11-19", CTS + besides, findings, "", "ot"));
    }

    private static Set<String> codes(CarePlan plan, String discipline) {
        return plan.interventions().stream().filter(i -> i.discipline().equals(discipline)).map(i -> i.code())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ScheduleItem schedule(CarePlan plan, String discipline) {
        List<ScheduleItem> s = plan.schedule().stream().filter(i -> i.discipline().equals(discipline)).toList();
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    private static Set<String> precautionKinds(CarePlan plan) {
        return plan.precautions().stream().map(p -> p.kind()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<GoalItem> goals(CarePlan plan, String area, String term) {
        return plan.goals().stream().filter(g -> g.area().equals(area) && g.term().equals(term)).toList();
    }

    @Test
    void carpalTunnelSyndromeWithoutASurgeryCodeKeepsTheOrthosisAndTheUsualFrequency() {
        CarePlan plan = ctr("", CTR_FINDINGS);
        assertTrue(codes(plan, "ot").contains("97760"), codes(plan, "ot").toString());
        assertEquals(2, schedule(plan, "ot").visitsPerWeek());
        assertEquals(4, schedule(plan, "ot").weeks());
        assertFalse(precautionKinds(plan).contains("carpal-tunnel-release"));
    }

    @Test
    void afterCarpalTunnelReleaseTheHomeProgrammeIsTaughtAndCheckedWithoutAnOrthosis() {
        for (String besides : List.of(condition("Z48.811", "carpal-tunnel", "2026-11-05"),
                condition("Z47.89", "orthopedic-surgery", "2026-11-05"),
                condition("Z98.890", "carpal-tunnel", "2026-11-05"))) {
            CarePlan plan = ctr(", " + besides, CTR_FINDINGS);
            assertFalse(codes(plan, "ot").contains("97760"), besides + ": " + codes(plan, "ot"));
            assertEquals(1, schedule(plan, "ot").visitsPerWeek(), besides);
            assertEquals(2, schedule(plan, "ot").weeks(), besides);
            assertEquals(Set.of("carpal-tunnel-release"), precautionKinds(plan), besides);
            assertEquals(1, plan.discharge().homeProgram().size(), plan.discharge().homeProgram().toString());
            assertTrue(plan.discharge().homeProgram().get(0).text().startsWith("Nerve and tendon gliding exercises"),
                    plan.discharge().homeProgram().toString());
            assertTrue(plan.goals().stream().allMatch(g -> g.weeks() <= 2), plan.goals().toString());
        }
    }

    @Test
    void aCarpalTunnelCodeGivenAsOrthopaedicSurgeryIsTheReleasedNerve() {
        CarePlan plan = Cases.plan(outpatient("commercial", "2026-11-19",
                condition("G56.01", "orthopedic-surgery", "2026-11-05"), CTR_FINDINGS, "", "ot"));
        assertTrue(precautionKinds(plan).contains("carpal-tunnel-release"), precautionKinds(plan).toString());
        assertFalse(codes(plan, "ot").contains("97760"));
    }

    @Test
    void stiffnessSeverePainOrAMarkedLossOfStrengthAfterReleaseIsTreatedAtTheUsualFrequency() {
        String z = ", " + condition("Z48.811", "carpal-tunnel", "2026-11-05");
        for (String complication : List.of("{ \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" }",
                "{ \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 7 }",
                "{ \"area\": \"strength\", \"region\": \"hand\", \"side\": \"right\", \"score\": 3 }")) {
            CarePlan plan = ctr(z, complication + ", { \"area\": \"fine-motor\" }");
            assertEquals(2, schedule(plan, "ot").visitsPerWeek(), complication);
            assertEquals(4, schedule(plan, "ot").weeks(), complication);
            assertFalse(codes(plan, "ot").contains("97760"), "no routine orthosis either way: " + complication);
        }
        // pain 6 is no complication: the home programme plan stands
        CarePlan six = ctr(z, "{ \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 6 }");
        assertEquals(2, schedule(six, "ot").weeks());
        // a complication elsewhere (a stiff knee, back pain 8, weak legs) is not the released hand's
        CarePlan elsewhere = ctr(z, "{ \"area\": \"range-of-motion\", \"region\": \"lower-limb\", \"side\": \"left\" },"
                + " { \"area\": \"pain\", \"region\": \"trunk\", \"score\": 8 },"
                + " { \"area\": \"strength\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 3 },"
                + " { \"area\": \"fine-motor\" }");
        assertEquals(1, schedule(elsewhere, "ot").visitsPerWeek());
        assertEquals(2, schedule(elsewhere, "ot").weeks());
    }

    private static String rcr(String asOf, String precautions) {
        return outpatient("medicare-part-b", asOf, condition("S46.011D", "orthopedic-surgery", "2026-10-27"),
                "{ \"area\": \"range-of-motion\", \"region\": \"upper-limb\", \"side\": \"right\" },"
                        + " { \"area\": \"pain\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 6 },"
                        + " { \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 2 }",
                precautions, "pt");
    }

    @Test
    void aRotatorCuffRepairRunsTwelveWeeksWithoutAResistedStrengthGoal() {
        CarePlan plan = Cases.plan(rcr("2026-11-24", ""));   // 4 weeks after the repair
        assertEquals(12, schedule(plan, "pt").weeks());
        assertEquals(12, goals(plan, "range-of-motion", "long").get(0).weeks());
        List<GoalItem> strength = goals(plan, "strength", "long");
        assertEquals(1, strength.size(), strength.toString());
        assertNull(strength.get(0).target().value(), strength.get(0).text());
        assertTrue(strength.get(0).text().contains("about 12 weeks after the surgery"), strength.get(0).text());
        assertFalse(codes(plan, "pt").contains("97530"));
        assertTrue(plan.discharge().homeProgram().stream().noneMatch(h -> h.text().startsWith("Strengthening")),
                plan.discharge().homeProgram().toString());
        assertTrue(precautionKinds(plan).contains("rotator-cuff-repair"));
    }

    @Test
    void withANonWeightBearingArmTooTheRepairedCuffHasOneStrengthGoal() {
        CarePlan plan = Cases.plan(rcr("2026-11-24",
                "{ \"kind\": \"weight-bearing\", \"level\": \"nwb\", \"region\": \"upper-limb\", \"side\": \"right\" }"));
        List<GoalItem> strength = goals(plan, "strength", "long");
        assertEquals(1, strength.size(), strength.toString());
        assertTrue(strength.get(0).text().contains("while the repair heals"), strength.get(0).text());
    }

    @Test
    void twelveWeeksAfterTheRepairTheCuffIsStrengthenedOnTheUsualPlan() {
        CarePlan plan = Cases.plan(rcr("2027-01-26", ""));   // 13 weeks after the repair
        assertEquals(4, schedule(plan, "pt").weeks());
        assertEquals(3, goals(plan, "strength", "long").get(0).target().value().intValue(), "MMT 2 aims at 3");
        assertFalse(precautionKinds(plan).contains("rotator-cuff-repair"));
    }

    private static String drf(String asOf) {
        return outpatient("medicare-part-b", asOf, condition("S52.571D", "fracture", "2026-10-16"),
                "{ \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" },"
                        + " { \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 5 }", "", "ot");
    }

    @Test
    void aDistalRadiusFractureRunsEightWeeksWhileItHealsThenTheUsualFour() {
        CarePlan early = Cases.plan(drf("2026-11-20"));   // 5 weeks after the injury
        assertEquals(8, schedule(early, "ot").weeks());
        assertEquals(8, goals(early, "range-of-motion", "long").get(0).weeks());
        assertTrue(precautionKinds(early).contains("distal-radius-fracture"));
        CarePlan late = Cases.plan(drf("2026-12-18"));    // 9 weeks after the injury
        assertEquals(4, schedule(late, "ot").weeks());
        assertFalse(precautionKinds(late).contains("distal-radius-fracture"));
    }

    private static String burn(String code) {
        return outpatient("commercial", "2026-11-21", condition(code, "burn", "2026-09-30"),
                "{ \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" },"
                        + " { \"area\": \"edema\", \"region\": \"hand\", \"side\": \"right\" }", "", "ot");
    }

    @Test
    void aBurnedHandGetsTheOrthosisPressureGarmentsScarCareAndATwelveWeekPlan() {
        CarePlan plan = Cases.plan(burn("T23.261D"));
        assertTrue(plan.interventions().stream().anyMatch(i -> i.discipline().equals("ot")
                && i.area().equals("range-of-motion") && i.code().equals("97760")), plan.interventions().toString());
        assertTrue(plan.discharge().equipment().stream().anyMatch(e -> e.item().equals("compression-garments")));
        assertTrue(plan.discharge().referrals().stream().anyMatch(r -> r.to().equals("orthotist")));
        assertTrue(precautionKinds(plan).contains("burn-scar"));
        assertEquals(12, schedule(plan, "ot").weeks());
        assertTrue(plan.discharge().homeProgram().stream().anyMatch(h -> h.discipline().equals("ot")
                && h.text().contains("pressure glove")), plan.discharge().homeProgram().toString());
        // a burn elsewhere (T24, the leg) keeps the orthosis and garments but not the hand's protocol and length
        CarePlan leg = Cases.plan(burn("T24.201D"));
        assertFalse(precautionKinds(leg).contains("burn-scar"));
        assertEquals(4, schedule(leg, "ot").weeks());
    }
}
