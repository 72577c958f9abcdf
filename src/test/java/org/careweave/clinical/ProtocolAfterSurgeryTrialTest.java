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
 * Plans after surgery that contradicted themselves in the fresh-user trial of the merge (/work/notes/trial-int-26.md
 * findings 4, 5, 6 and 13; its cases a01, a05, a06, a10, a12, a13, a14, a15, v05), in the style of AftercareTest.
 * Each case is the trial's, cut to what the finding needs; the expected values are the tables' rows worked out by
 * hand: the carpal tunnel release protocol ends 12 weeks after the release (aftercare.csv untilWeek), its complication
 * is of the hand or upper limb (aftercare.csv regions), its strength problem plans no 97530 (97110 stays for the unresisted gliding taught) while
 * gripping is forbidden (precaution-limits.csv), a burned hand (T23) plans 97760 whatever its range (condition-regions.csv
 * T23 hand, condition-interventions.csv burn hand body-function), and a repaired rotator cuff plans no 97530 for
 * endurance (precaution-limits.csv rotator-cuff-repair endurance).
 */
class ProtocolAfterSurgeryTrialTest {

    private static String outpatient(String asOf, String conditions, String findings, String ordered, String visits) {
        return "{ \"caseId\": \"t\", \"asOf\": \"" + asOf + "\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"commercial\" }, \"conditions\": [" + conditions + "],"
                + " \"findings\": [" + findings + "],"
                + " \"orders\": [ { \"discipline\": \"" + ordered + "\", \"date\": \"2026-11-06\" } ]"
                + (visits.isEmpty() ? "" : ", \"visits\": [" + visits + "]") + " }";
    }

    private static String condition(String code, String category, String onset) {
        return "{ \"code\": \"" + code + "\", \"category\": \"" + category + "\", \"onset\": \"" + onset + "\" }";
    }

    private static String hand(String area, Integer score) {
        return "{ \"area\": \"" + area + "\", \"region\": \"hand\", \"side\": \"right\""
                + (score == null ? "" : ", \"score\": " + score) + " }";
    }

    /** Carpal tunnel syndrome with Z48.811 beside it, released on {@code onset}, seen on 2026-11-25. */
    private static CarePlan released(String onset, String findings) {
        return Cases.plan(outpatient("2026-11-25", condition("G56.01", "carpal-tunnel", onset) + ", "
                + condition("Z48.811", "carpal-tunnel", onset), findings, "ot", ""));
    }

    private static ScheduleItem schedule(CarePlan plan, String discipline) {
        List<ScheduleItem> s = plan.schedule().stream().filter(i -> i.discipline().equals(discipline)).toList();
        assertEquals(1, s.size(), s.toString());
        return s.get(0);
    }

    private static String because(ScheduleItem s) {
        return s.reasons().stream().map(r -> r.because()).collect(Collectors.joining(" | "));
    }

    private static Set<String> codes(CarePlan plan, String discipline, String area) {
        return plan.interventions().stream()
                .filter(i -> i.discipline().equals(discipline) && (area == null || i.area().equals(area)))
                .map(i -> i.code()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> precautionKinds(CarePlan plan) {
        return plan.precautions().stream().map(p -> p.kind()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aComplicationThatCancelsTheReleaseProtocolIsNamedInTheScheduleReason() {
        // a01: a stiff hand (range of motion 40) three weeks after the release
        ScheduleItem stiff = schedule(released("2026-11-05", hand("range-of-motion", 40) + ", " + hand("pain", 5)), "ot");
        assertEquals(2, stiff.visitsPerWeek());
        assertEquals(4, stiff.weeks());
        assertTrue(because(stiff).contains("supervised therapy after carpal tunnel release because of stiffness of the hand"),
                because(stiff));
        // a12: all three complications, named in the order the protocol's precaution gives them
        ScheduleItem all = schedule(released("2026-11-05",
                hand("range-of-motion", 20) + ", " + hand("pain", 8) + ", " + hand("strength", 2)), "ot");
        assertTrue(because(all).contains("because of stiffness, severe pain (7 or more) and a marked loss of strength"
                + " (3/5 or less) of the hand"), because(all));
    }

    @Test
    void aComplicationOfAnotherRegionLeavesTheReleaseProtocolAlone() {
        // a13: a stiff knee and back pain 8 are other problems; the released hand has pain 4
        CarePlan plan = released("2026-11-05", hand("pain", 4)
                + ", { \"area\": \"range-of-motion\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 100 }"
                + ", { \"area\": \"pain\", \"region\": \"trunk\", \"score\": 8 }");
        assertEquals(1, schedule(plan, "ot").visitsPerWeek());
        assertEquals(2, schedule(plan, "ot").weeks());
        // the wrist and forearm are the upper limb's, so weakness there is the release's complication
        CarePlan wrist = released("2026-11-05", hand("pain", 4)
                + ", { \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 3 }");
        assertEquals(4, schedule(wrist, "ot").weeks());
    }

    @Test
    void aReleaseInAnEarlierYearIsHistoryNotAftercare() {
        // a05: released in January 2024; the same findings eleven weeks after a release keep the protocol
        String findings = hand("pain", 5) + ", " + hand("strength", 4);
        CarePlan old = released("2024-01-05", findings);
        assertFalse(precautionKinds(old).contains("carpal-tunnel-release"), precautionKinds(old).toString());
        assertTrue(old.discharge().homeProgram().stream().noneMatch(h -> h.text().contains("tendon gliding")),
                old.discharge().homeProgram().toString());
        assertEquals(2, schedule(old, "ot").visitsPerWeek());
        assertEquals(4, schedule(old, "ot").weeks());
        CarePlan week11 = released("2026-09-09", findings);   // 77 days: within the 12 weeks
        assertTrue(precautionKinds(week11).contains("carpal-tunnel-release"), precautionKinds(week11).toString());
        CarePlan week12 = released("2026-09-02", findings);   // 84 days: the 12 weeks are over
        assertFalse(precautionKinds(week12).contains("carpal-tunnel-release"), precautionKinds(week12).toString());
    }

    @Test
    void anUncomplicatedReleasePlansNoGripStrengthOrLiftingBesideTheNoGrippingPrecaution() {
        // a14: hand pain 4 and strength 4/5 three weeks after the release
        CarePlan plan = released("2026-11-05", hand("pain", 4) + ", " + hand("strength", 4));
        assertEquals(2, schedule(plan, "ot").weeks());
        // 97110 is the unresisted nerve and tendon gliding taught and checked at the visits (the home programme);
        // no lifting (97530) and no resisted goal beside the no-gripping precaution
        assertEquals(Set.of("97110"), codes(plan, "ot", "strength"));
        assertFalse(codes(plan, "ot", null).contains("97530"), codes(plan, "ot", null).toString());
        List<GoalItem> strength = plan.goals().stream().filter(g -> g.area().equals("strength")).toList();
        assertEquals(1, strength.size(), strength.toString());
        GoalItem goal = strength.get(0);
        assertNull(goal.target().value(), goal.text());
        assertFalse(goal.text().contains("5/5"), goal.text());
        assertTrue(goal.text().contains("home programme without help (nerve and tendon gliding"), goal.text());
        assertTrue(goal.text().contains("light daily tasks"), goal.text());
        assertTrue(plan.goals().stream().allMatch(g -> g.weeks() <= 2), plan.goals().toString());
    }

    @Test
    void aBurnedHandPlansTheOrthosisItsPrecautionAndHomeProgrammeNameWithoutARangeFinding() {
        // a15: a burned right hand with pain and swelling, 97760 billed on a visit
        CarePlan plan = Cases.plan(outpatient("2026-11-25", condition("T23.261D", "burn", "2026-09-30"),
                hand("pain", 5) + ", " + hand("edema", null), "ot",
                "{ \"date\": \"2026-11-20\", \"services\": [ { \"discipline\": \"ot\", \"code\": \"97760\","
                        + " \"minutes\": 30 } ] }"));
        assertTrue(precautionKinds(plan).contains("burn-scar"));
        assertTrue(codes(plan, "ot", null).contains("97760"), codes(plan, "ot", null).toString());
        assertTrue(plan.alerts().stream().noneMatch(a -> a.kind().equals("service-not-in-plan")),
                plan.alerts().toString());
        // a burn of the leg (T24) is no hand: no orthosis without a range-of-motion problem
        CarePlan leg = Cases.plan(outpatient("2026-11-25", condition("T24.201D", "burn", "2026-09-30"),
                "{ \"area\": \"pain\", \"region\": \"lower-limb\", \"side\": \"right\", \"score\": 5 }", "pt", ""));
        assertFalse(codes(leg, "ot", null).contains("97760"), codes(leg, "ot", null).toString());
        assertFalse(codes(leg, "pt", null).contains("97760"), codes(leg, "pt", null).toString());
    }

    @Test
    void aRepairedRotatorCuffPlansNoLiftingForEnduranceBesideTheNoLiftingPrecaution() {
        // v05 cut down: a rotator cuff repair five weeks ago beside a myocardial infarction six months ago, whose
        // cardiac rehabilitation referral puts 97530 in place of aerobic exercise for endurance
        CarePlan plan = Cases.plan(outpatient("2026-11-25", condition("M75.101", "orthopedic-surgery", "2026-10-20")
                + ", " + condition("I21.4", "cardiac", "2026-06-01"),
                "{ \"area\": \"endurance\", \"score\": 300 },"
                        + " { \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 3 }",
                "pt", ""));
        assertTrue(precautionKinds(plan).contains("rotator-cuff-repair"), precautionKinds(plan).toString());
        assertFalse(codes(plan, "pt", null).contains("97530"), plan.interventions().toString());
        // without the repair the cardiac rehabilitation referral's 97530 stands
        CarePlan heart = Cases.plan(outpatient("2026-11-25", condition("I21.4", "cardiac", "2026-06-01"),
                "{ \"area\": \"endurance\", \"score\": 300 }", "pt", ""));
        assertTrue(codes(heart, "pt", "endurance").contains("97530"), heart.interventions().toString());
    }

    @Test
    void aDistalRadiusFracturesEightWeeksRunFromThePlanWhileItsPrecautionRunsFromTheInjury() {
        // a10: decided to keep the 8 weeks from the plan's start: supervised therapy begins when the cast comes off
        // (about 6 weeks) and motion and then strength are regained over several months after it (AAOS OrthoInfo,
        // Distal Radius Fractures), so the episode of therapy, not the injury, sets the plan's length; the
        // precaution (no resisted gripping until healed) counts from the injury (aftercare.csv untilWeek 8)
        String drf = condition("S52.501D", "fracture", "2026-10-01");
        String findings = "{ \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"left\", \"score\": 30 },"
                + " { \"area\": \"pain\", \"region\": \"hand\", \"side\": \"left\", \"score\": 5 }";
        CarePlan week7 = Cases.plan(outpatient("2026-11-25", drf, findings, "ot", ""));   // day 55 after the injury
        assertEquals(8, schedule(week7, "ot").weeks());
        assertTrue(week7.goals().stream().filter(g -> g.term().equals("long")).allMatch(g -> g.weeks() == 8),
                week7.goals().toString());
        assertTrue(precautionKinds(week7).contains("distal-radius-fracture"));
        CarePlan week8 = Cases.plan(outpatient("2026-11-26", drf, findings, "ot", ""));   // day 56
        assertFalse(precautionKinds(week8).contains("distal-radius-fracture"));
        assertEquals(4, schedule(week8, "ot").weeks());
    }
}
