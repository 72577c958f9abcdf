package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;

/**
 * Stop 35's wording leftovers (session 35, fresh-user trials): the home programme of multiple sclerosis fatigue and the
 * leg-strength goal of a patient who gets about in the wheelchair. Expected values come from the sources the rows cite
 * (Kalb et al. 2020: aerobic 10-30 minutes and resistance exercise 2-3 times a week each; CMS Section GG levels; the
 * manual muscle test grades), never from a run.
 */
class StopThirtyFiveWordingTest {

    private static List<DischargePlan.HomeProgramEntry> programme(CarePlan p, String discipline) {
        return p.discharge().homeProgram().stream().filter(h -> h.discipline().equals(discipline)).toList();
    }

    private static String fatigueCase(String code, String category) {
        return Cases.json("2026-12-03", "1979-06-02", "outpatient", "commercial",
                Cases.condition(code, category, "2012-09-01"), "{ \"area\": \"fatigue\", \"score\": 6 }",
                Cases.order("pt", "2026-11-30"));
    }

    // Multiple sclerosis (G35): PT's fatigue programme is the MS dose (Kalb et al. 2020), not the cancer one.
    @Test
    void msFatigueProgrammeIsTheMsExerciseDoseNotTheCancerOne() {
        List<DischargePlan.HomeProgramEntry> pt = programme(Cases.plan(fatigueCase("G35", "multiple-sclerosis")), "pt");
        assertEquals(1, pt.size(), pt.toString());
        String text = pt.get(0).text();
        // Kalb et al. 2020: aerobic 10-30 minutes 2-3 times a week, resistance 2-3 times a week
        assertTrue(text.contains("10 to 30 minutes 2 to 3 times a week"), text);
        assertTrue(text.contains("resistance exercises for the large muscle groups 2 to 3 times a week"), text);
        // heat sensitivity (Uhthoff's phenomenon) and progression only as fatigue allows
        assertTrue(text.contains("keep cool"), text);
        assertTrue(text.contains("only when the sessions leave no fatigue into the next day"), text);
        assertFalse(text.contains("days after treatment"), text);
        assertTrue(pt.get(0).source().startsWith("Kalb et al. 2020"), pt.get(0).source());
        assertTrue(pt.get(0).source().contains("NICE NG220"), pt.get(0).source());
        assertFalse(pt.get(0).source().contains("Campbell"), pt.get(0).source());
    }

    // Cancer-related fatigue keeps Campbell et al. 2019's dose: 30 minutes 3 times a week, resistance twice.
    @Test
    void cancerRelatedFatigueKeepsTheCancerExerciseDose() {
        List<DischargePlan.HomeProgramEntry> pt = programme(Cases.plan(fatigueCase("C50.911", "cancer")), "pt");
        assertEquals(1, pt.size(), pt.toString());
        assertTrue(pt.get(0).text().contains("about 30 minutes 3 times a week"), pt.get(0).text());
        assertTrue(pt.get(0).source().startsWith("Campbell et al. 2019"), pt.get(0).source());
    }

    // An MS patient whose PT leads no fatigue gets no fatigue programme: the row is the fatigue entry's version.
    @Test
    void msWithoutAFatigueProblemGetsNoMsFatigueProgramme() {
        CarePlan p = Cases.plan(Cases.json("2026-12-03", "1979-06-02", "outpatient", "commercial",
                Cases.condition("G35", "multiple-sclerosis", "2012-09-01"), Cases.gg("walk-150-feet", 3),
                Cases.order("pt", "2026-11-30")));
        assertTrue(programme(p, "pt").stream().noneMatch(h -> h.source().contains("Kalb et al. 2020")
                && h.text().contains("10 to 30 minutes")), p.discharge().homeProgram().toString());
        assertFalse(programme(p, "pt").isEmpty());
    }

    // A patient who gets about in the wheelchair: the leg-strength goal names transfers and standing, not stairs.
    private static String irf(String findings, String precautions) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-02\", \"patient\": { \"birthDate\": \"1990-07-21\" },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"category\": \"spinal-cord-injury\", \"code\": \"S14.156A\", \"onset\": \"2026-11-10\" } ],"
                + " \"findings\": [ " + findings + ", { \"area\": \"strength\", \"score\": 3, \"region\": \"lower-limb\","
                + " \"side\": \"both\" } ]," + precautions
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 2, \"bathroom\": \"tub-shower\", \"help\": \"full-time\" },"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-28\" } ] }";
    }

    private static GoalItem legStrength(CarePlan p) {
        return p.goals().stream().filter(g -> g.area().equals("strength") && g.term().equals("long")
                && g.text().startsWith("Strength (both lower limb)")).findFirst().orElseThrow();
    }

    @Test
    void aPatientWhoGetsAboutInTheWheelchairIsNotPromisedStairs() {
        // walk 10 feet 02 (substantial/maximal help), wheel 50 feet 03 (partial/moderate): he gets about in the chair
        GoalItem g = legStrength(Cases.plan(irf(Cases.gg("walk-10-feet", 2) + ", " + Cases.gg("wheel-50-feet", 3), "")));
        assertFalse(g.text().contains("steps"), g.text());
        assertTrue(g.text().contains("stands up to transfer and bears weight through both legs"), g.text());
        // the measure stays the muscle test: grade 3/5 aims at 4/5 (one grade up, the row's usual target)
        assertTrue(g.text().startsWith("Strength (both lower limb): manual muscle test grade from 3/5 to at least 4/5"),
                g.text());
    }

    @Test
    void aPatientWhoWalksAsWellAsHeWheelsKeepsTheStairsInHisGoal() {
        GoalItem g = legStrength(Cases.plan(irf(Cases.gg("walk-10-feet", 3) + ", " + Cases.gg("wheel-50-feet", 3), "")));
        assertTrue(g.text().contains("climbs the steps at home"), g.text());
    }

    @Test
    void aPatientWhoWheelsBecauseALegBearsNoWeightKeepsTheStairsInHisGoal() {
        GoalItem g = legStrength(Cases.plan(irf(Cases.gg("walk-50-feet", 2) + ", " + Cases.gg("wheel-150-feet", 3),
                " \"precautions\": [ { \"kind\": \"weight-bearing\", \"level\": \"nwb\", \"region\": \"lower-limb\","
                        + " \"side\": \"right\" } ],")));
        assertFalse(g.text().contains("stands up to transfer"), g.text());
    }
}
