package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.Test;

/**
 * Stop 34's wording leftovers (session 35): the fatigue of multiple sclerosis read on its own scale and sources, a
 * goal about carrying or gripping carried by the strength problem, no entry-steps problem for a patient who gets about
 * in the wheelchair, and a child's schedule citing only what its rule uses. Expected values come from the sources the
 * rows cite (MS Council 1998 and the MFIS 0-84; WHO ICF d430; CMS Section GG levels), never from a run.
 */
class WordingLeftoversTest {

    private static ProblemItem problem(CarePlan p, String area) {
        return p.problems().stream().filter(x -> x.area().equals(area)).findFirst().orElseThrow();
    }

    private static boolean hasProblem(CarePlan p, String area) {
        return p.problems().stream().anyMatch(x -> x.area().equals(area));
    }

    private static String fatigueCase(String code, String category, int score) {
        return Cases.json("2026-12-02", "1981-03-14", "outpatient", "commercial",
                Cases.condition(code, category, "2015-02-01"), "{ \"area\": \"fatigue\", \"score\": " + score + " }",
                Cases.order("pt", "2026-11-28"));
    }

    // 1. Multiple sclerosis (G35): the 0-10 rating is a screen; the MFIS (0-84) measures the fatigue; MS sources.
    @Test
    void msFatigueNeedNamesTheMfisAndCitesTheMsGuidelineNotTheCancerOnes() {
        ProblemItem p = problem(Cases.plan(fatigueCase("G35", "multiple-sclerosis", 7)), "fatigue");
        Reason need = p.reasons().get(0);
        // 7 is at or above the cut-off of 4 (moderate or worse)
        assertEquals("Fatigue scores 7 on the 0-10 fatigue rating, a screen: in multiple sclerosis the Modified Fatigue"
                + " Impact Scale (MFIS, 0-84) measures the fatigue's impact at the first visit (4 or more calls for"
                + " treatment)", need.because());
        assertTrue(need.source().contains("MS Council 1998"), need.source());
        assertTrue(need.source().contains("Kos et al. 2005"), need.source());
        for (Reason r : p.reasons()) {
            assertFalse(r.because().contains("NCCN") || r.source().contains("NCCN")
                    || r.source().contains("Campbell et al. 2019"), r.toString());
        }
        assertTrue(p.reasons().stream().anyMatch(r -> r.source().contains("Kalb et al. 2020")), p.reasons().toString());
    }

    @Test
    void msFatigueBelowTheScreensCutOffIsNoProblem() {
        assertFalse(hasProblem(Cases.plan(fatigueCase("G35", "multiple-sclerosis", 3)), "fatigue"));
    }

    @Test
    void cancerRelatedFatigueKeepsTheNccnRatingAndItsSources() {
        ProblemItem p = problem(Cases.plan(fatigueCase("C50.911", "cancer", 7)), "fatigue");
        Reason need = p.reasons().get(0);
        assertEquals("Fatigue scores 7 on the 0-10 fatigue rating (NCCN Cancer-Related Fatigue guideline) (4 or more"
                + " calls for treatment)", need.because());
        assertTrue(need.source().startsWith("NCCN Cancer-Related Fatigue guideline"), need.source());
        assertTrue(p.reasons().stream().anyMatch(r -> r.source().contains("Campbell et al. 2019")));
    }

    // 2. Lifting, carrying and gripping (WHO ICF d430, d445) are worked on through the strength problem.
    private static String elbow(String goal) {
        return Cases.json("2026-12-02", "1979-09-10", "outpatient", "commercial",
                Cases.condition("M77.11", "tendinopathy", "2026-08-15"),
                "{ \"area\": \"pain\", \"score\": 6, \"region\": \"upper-limb\", \"side\": \"right\" },"
                        + " { \"area\": \"strength\", \"score\": 4, \"region\": \"upper-limb\", \"side\": \"right\" }",
                Cases.order("pt", "2026-11-20")).replace(" ] }", " ], \"goals\": [ { \"text\": \"" + goal
                        + "\", \"activity\": \"return-to-work\" } ] }");
    }

    @Test
    void aGoalToCarryAToolboxIsCarriedByTheArmStrengthGoal() {
        String words = "carry my toolbox at work without elbow pain";
        CarePlan p = Cases.plan(elbow(words));
        List<GoalItem> carrying = p.goals().stream().filter(g -> words.equals(g.patientWords())).toList();
        assertEquals(1, carrying.size(), p.goals().toString());
        assertEquals("pt", carrying.get(0).discipline());
        assertEquals("strength", carrying.get(0).area());
        assertTrue(p.alerts().stream().noneMatch(a -> a.kind().equals("goal-not-assessed")), p.alerts().toString());
    }

    @Test
    void gripWordsNameTheStrengthProblemToo() {
        CarePlan p = Cases.plan(elbow("grip the steering wheel of my van all day"));
        assertTrue(p.goals().stream().anyMatch(g -> g.area().equals("strength") && g.patientWords() != null));
    }

    @Test
    void holdingIsNoWordOfStrengthSinceHoldingOnToARailIsSupport() {
        CarePlan p = Cases.plan(elbow("hold on to the rail at work"));
        assertTrue(p.goals().stream().noneMatch(g -> g.patientWords() != null), p.goals().toString());
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind().equals("goal-not-assessed")));
    }

    // 3. Entry steps are a need of a patient who walks; one who wheels above every walk item gets no stairs problem.
    private static String irf(String findings, String precautions) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-02\", \"patient\": { \"birthDate\": \"1990-07-21\" },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"category\": \"spinal-cord-injury\", \"code\": \"S14.156A\", \"onset\": \"2026-11-10\" } ],"
                + " \"findings\": [ " + findings + " ]," + precautions
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 2, \"bathroom\": \"tub-shower\", \"help\": \"full-time\" },"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-28\" } ] }";
    }

    @Test
    void aPatientWhoWheelsAboveHisWalkingGetsNoEntryStepsProblem() {
        // walk 10 feet 02 substantial/maximal assistance, wheel 50 feet 03 partial/moderate: the wheelchair is his way
        CarePlan p = Cases.plan(irf(Cases.gg("walk-10-feet", 2) + ", " + Cases.gg("wheel-50-feet", 3), ""));
        assertFalse(hasProblem(p, "four-steps"), p.problems().toString());
        assertTrue(hasProblem(p, "wheel-50-feet"));
        assertTrue(hasProblem(p, "walk-10-feet"));
    }

    @Test
    void aPatientWhoWalksAsWellAsHeWheelsKeepsTheEntrySteps() {
        CarePlan p = Cases.plan(irf(Cases.gg("walk-10-feet", 3) + ", " + Cases.gg("wheel-50-feet", 3), ""));
        assertTrue(hasProblem(p, "four-steps"), p.problems().toString());
    }

    @Test
    void aPatientWhoWalksWithSupervisionKeepsTheEntryStepsHoweverWellHeWheels() {
        // walk 150 feet 04 supervision: he walks, though he wheels independently (06)
        CarePlan p = Cases.plan(irf(Cases.gg("walk-150-feet", 4) + ", " + Cases.gg("wheel-150-feet", 6), ""));
        assertTrue(hasProblem(p, "four-steps"), p.problems().toString());
    }

    @Test
    void aPatientWhoWheelsBecauseALegBearsNoWeightKeepsTheEntrySteps() {
        CarePlan p = Cases.plan(irf(Cases.gg("walk-50-feet", 2) + ", " + Cases.gg("wheel-150-feet", 3),
                " \"precautions\": [ { \"kind\": \"weight-bearing\", \"level\": \"nwb\", \"region\": \"lower-limb\","
                        + " \"side\": \"right\" } ],"));
        assertTrue(hasProblem(p, "four-steps"), p.problems().toString());
    }

    // 5. A shared rule's source names what it uses: a child's paediatric schedule cites Bailes 2008, not the ACL CPG.
    @Test
    void aChildsScheduleCitesThePaediatricRowsAndNotTheKneeLigamentGuideline() {
        CarePlan p = Cases.plan(Cases.json("2026-12-03", "2018-05-20", "outpatient", "commercial",
                Cases.condition("F82", "developmental", "2025-09-01"), "{ \"area\": \"handwriting\" }",
                Cases.order("ot", "2026-11-30")));
        Reason r = p.schedule().stream().filter(s -> s.discipline().equals("ot")).findFirst().orElseThrow()
                .reasons().get(0);
        assertEquals("A child is seen at the setting's paediatric frequency", r.rule());
        assertTrue(r.source().contains("Bailes, Reder, Burch, Pediatr Phys Ther 2008"), r.source());
        assertFalse(r.source().contains("Logerstedt"), r.source());
    }
}
