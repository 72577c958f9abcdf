package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ProblemItem;
import org.junit.jupiter.api.Test;

/**
 * Trial int-26 items 8 and 13. A hand condition (carpal tunnel release, a distal radius fracture) no longer takes the
 * repaired shoulder away from PT: the upper limb's problems are the shoulder's when a rotator cuff code names it
 * (condition-regions.csv joint), and the hand's only otherwise. A joint replacement seen by home health long after the
 * surgery is past the post-acute episode NICE NG157's advice before discharge leads into (evaluation-windows.csv
 * episodeWeeks, 13 weeks from the CJR model's 90 days after discharge). Each case has a twin that differs in the one
 * fact the rule keys on, so every assertion could fail.
 */
class HandShoulderLeadAndEpisodeWindowTest {

    private static String outpatient(String conditions, String findings) {
        return Cases.json("2026-11-25", "1960-01-01", "outpatient", "commercial", conditions, findings,
                Cases.order("pt", "2026-11-10") + ", " + Cases.order("ot", "2026-11-10"));
    }

    private static final String CTR = Cases.condition("G56.01", "carpal-tunnel", "2026-11-05") + ", "
            + Cases.condition("Z48.811", "carpal-tunnel", "2026-11-05");
    private static final String DRF = Cases.condition("S52.501D", "fracture", "2026-10-01");
    private static final String RCR = Cases.condition("M75.101", "orthopedic-surgery", "2026-10-20");

    /** The trial's v14 findings: the upper limb's motion and strength, the hand's pain, dressing. */
    private static final String ARM_AND_HAND =
            "{ \"area\": \"range-of-motion\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 90 },"
            + " { \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 3 },"
            + " { \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 4 },"
            + " { \"area\": \"upper-body-dressing\", \"level\": 4 }";

    /** "area@region" (region "-" when none) to the one lead, failing on a problem listed twice. */
    private static Map<String, String> leads(CarePlan plan) {
        Map<String, String> leads = new TreeMap<>();
        for (ProblemItem p : plan.problems()) {
            String key = p.area() + "@" + (p.region() == null ? "-" : p.region());
            assertEquals(null, leads.put(key, p.lead()), "one problem, one lead: " + key);
        }
        return leads;
    }

    @Test
    void aCarpalTunnelReleaseAndAWristFractureLeaveTheRepairedShoulderWithPtAndTheHandWithOt() {
        CarePlan plan = Cases.plan(outpatient(CTR + ", " + DRF + ", " + RCR, ARM_AND_HAND));
        assertEquals(Map.of("range-of-motion@upper-limb", "pt", "strength@upper-limb", "pt", "pain@hand", "ot",
                "upper-body-dressing@-", "ot"), leads(plan));
        assertTrue(Cases.indicated(plan, "pt"), Cases.reasons(plan.discipline("pt")));
        assertTrue(Cases.indicated(plan, "ot"), Cases.reasons(plan.discipline("ot")));
        assertFalse(plan.alerts().stream().anyMatch(a -> a.kind().equals("ordered-not-indicated")),
                plan.alerts().toString());
        // PT runs the rotator cuff repair's 12 weeks (frequency.csv rotator-cuff-repair), as without the hand conditions
        assertEquals(List.of(12), plan.schedule().stream().filter(s -> s.discipline().equals("pt"))
                .map(s -> s.weeks()).toList());
    }

    @Test
    void withoutTheRotatorCuffRepairTheHandConditionStillLeadsTheUpperLimbWithOt() {
        CarePlan plan = Cases.plan(outpatient(CTR + ", " + DRF, ARM_AND_HAND));
        Map<String, String> leads = leads(plan);
        assertEquals("ot", leads.get("range-of-motion@upper-limb"), leads.toString());
        assertEquals("ot", leads.get("strength@upper-limb"), leads.toString());
        assertFalse(Cases.indicated(plan, "pt"), Cases.reasons(plan.discipline("pt")));
    }

    @Test
    void withoutTheHandConditionsPtLeadsTheShoulderAsBefore() {
        CarePlan plan = Cases.plan(outpatient(RCR, ARM_AND_HAND.replace("\"region\": \"hand\"", "\"region\": \"upper-limb\"")));
        assertEquals(Map.of("range-of-motion@upper-limb", "pt", "strength@upper-limb", "pt", "pain@upper-limb", "pt",
                "upper-body-dressing@-", "ot"), leads(plan));
    }

    private static final String NO_REGION =
            "{ \"area\": \"range-of-motion\", \"side\": \"right\", \"score\": 90 }, { \"area\": \"upper-body-dressing\", \"level\": 4 }";

    @Test
    void aProblemWithoutARegionIsTheShoulderWhenOnlyTheRotatorCuffCodeNamesAJointAndTheHandWhenTheWristIsNamedToo() {
        // carpal tunnel names no joint: the rotator cuff code makes the problem the shoulder's, PT's
        CarePlan shoulder = Cases.plan(outpatient(CTR + ", " + RCR, NO_REGION));
        assertEquals("pt", leads(shoulder).get("range-of-motion@-"), leads(shoulder).toString());
        // a wrist fracture names the wrist as well: no one joint, so the hand condition's reading (the hand) stands
        CarePlan both = Cases.plan(outpatient(CTR + ", " + DRF + ", " + RCR, NO_REGION));
        assertEquals("ot", leads(both).get("range-of-motion@-"), leads(both).toString());
        String why = both.problems().stream().filter(p -> p.area().equals("range-of-motion")).findFirst().orElseThrow()
                .reasons().toString();
        assertTrue(why.contains("region not given: taken to be the hand"), why);
    }

    private static String kneeAtHome(String onset) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-25\", \"patient\": { \"birthDate\": \"1950-03-10\" },"
                + " \"setting\": \"home-health\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"code\": \"Z96.651\", \"category\": \"joint-replacement\""
                + (onset == null ? "" : ", \"onset\": \"" + onset + "\"") + " } ],"
                + " \"findings\": [ { \"area\": \"strength\", \"region\": \"lower-limb\", \"side\": \"right\", \"score\": 4 } ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-14\" } ] }";
    }

    @Test
    void aKneeReplacedEightMonthsAgoSeenByHomeHealthIsPastTheEpisodeSoOtIsNotCalled() {
        CarePlan late = Cases.plan(kneeAtHome("2026-04-01"));   // 238 days: 34 weeks
        assertFalse(Cases.indicated(late, "ot"), Cases.reasons(late.discipline("ot")));
        String ot = Cases.reasons(late.discipline("ot"));
        assertTrue(ot.contains("the first 13 weeks after onset") && ot.contains("34 weeks after onset, is past it"), ot);
        assertTrue(Cases.indicated(late, "pt"), Cases.reasons(late.discipline("pt")));
    }

    @Test
    void homeHealthInsideTheThirteenWeeksOrWithoutAnOnsetStillGetsNiceNg157sEvaluation() {
        for (String onset : new String[] {"2026-10-28", "2026-08-26", null}) {   // 4 weeks; exactly 13 (91 days); unknown
            CarePlan plan = Cases.plan(kneeAtHome(onset));
            assertTrue(Cases.indicated(plan, "ot"), onset + ": " + Cases.reasons(plan.discipline("ot")));
            assertEquals("evaluate", plan.discipline("ot").scope(), String.valueOf(onset));
            assertTrue(Cases.reasons(plan.discipline("ot")).contains("NICE NG157"), Cases.reasons(plan.discipline("ot")));
        }
        CarePlan past = Cases.plan(kneeAtHome("2026-08-19"));   // 98 days: one week past
        assertFalse(Cases.indicated(past, "ot"), Cases.reasons(past.discipline("ot")));
    }
}
