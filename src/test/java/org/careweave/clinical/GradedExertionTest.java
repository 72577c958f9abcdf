package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;

/**
 * The merge's fresh-user trial (trial-int-26) findings 1 and 7: a plan prescribed what its own precaution forbids.
 * With post-exertional malaise (G93.32; NICE NG206 §1.11.14: no graded exercise, no generalised exercise programme,
 * those for other illnesses included) a concussion still got a goal on a symptom-limited graded exercise test, a
 * cardiac rehabilitation referral and its "six-minute walk re-checked at each progress report"; beside a cardiac
 * rehabilitation referral (whose programme sets the exercise prescription: Squires et al. 2018, AACVPR) PT still gave
 * a walking programme "adding time as tolerated" and, after a concussion, its own heart-rate aerobic programme and
 * exercise-test goal. One fact (GradedExertionWithheld, rules/plan/exertion.drl) now says who prescribes exertion.
 */
class GradedExertionTest {

    private static final String CONCUSSION = "{ \"code\": \"S06.0X0D\", \"category\": \"vestibular\", \"onset\": \"2026-10-30\" }";
    private static final String ME_CFS = "{ \"code\": \"G93.32\", \"category\": \"deconditioning\", \"onset\": \"2026-03-01\" }";
    private static final String HEART_ATTACK = "{ \"code\": \"I21.4\", \"category\": \"cardiac\", \"onset\": \"2026-06-01\" }";
    private static final String CONCUSSION_FINDINGS = "{ \"area\": \"balance\", \"score\": 50 },"
            + " { \"area\": \"walk-uneven-surfaces\", \"level\": 5 }, { \"area\": \"vision\" }, { \"area\": \"endurance\", \"score\": 300 }";

    private static CarePlan planOf(String setting, String findings, String... conditions) {
        return plan("{ \"caseId\": \"x\", \"asOf\": \"2026-11-25\", \"patient\": { \"birthDate\": \"1984-03-10\" },"
                + " \"setting\": \"" + setting + "\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [" + String.join(", ", conditions) + "], \"findings\": [" + findings + "],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-10\" } ] }");
    }

    /** Every text a reader of the plan sees where exertion could be prescribed: goals, home programme, referrals. */
    private static String everything(CarePlan p) {
        return String.join(" | ", p.goals().stream().map(g -> g.text() + " / " + g.baseline() + " / " + g.target()).toList())
                + " || " + homeProgram(p) + " || "
                + String.join(" | ", p.discharge().referrals().stream().map(DischargePlan.ReferralItem::because).toList());
    }

    private static String homeProgram(CarePlan p) {
        return String.join(" | ", p.discharge().homeProgram().stream().map(DischargePlan.HomeProgramEntry::text).toList());
    }

    private static List<String> referrals(CarePlan p) {
        return p.discharge().referrals().stream().map(DischargePlan.ReferralItem::to).sorted().toList();
    }

    private static GoalItem longGoal(CarePlan p, String area) {
        return p.goals().stream().filter(g -> g.area().equals(area) && "long".equals(g.term())).findFirst()
                .orElseThrow(() -> new AssertionError("no long-term goal for " + area + ": " + p.goals()));
    }

    /** No graded aerobic prescription of PT's own; with PEM not even the six-minute walk as a measure of progress. */
    private static void noGradedExertion(CarePlan p, boolean pem) {
        String all = everything(p);
        for (String forbidden : List.of("raised as set at each visit", "symptom-limited", "graded exertion, measured",
                "heart rate of full practice", "adding time as tolerated", "adding distance as set")) {
            assertFalse(all.contains(forbidden), forbidden + " in: " + all);
        }
        if (pem) {
            assertFalse(all.contains("re-checked at each progress report"), all);
            assertFalse(all.contains("supervised cardiac rehabilitation programme"), all);
        }
    }

    @Test
    void aConcussionWithPostExertionalMalaiseHasNoGradedExertionAnywhere() {
        CarePlan p = planOf("outpatient", CONCUSSION_FINDINGS, CONCUSSION, ME_CFS);
        noGradedExertion(p, true);
        GoalItem balance = longGoal(p, "balance");
        assertTrue(balance.text().startsWith("Balance: manages head movement and walking with head turns within the energy limits"),
                balance.text());
        assertEquals("the DHI and the FGA, scored at the first visit (no exercise test while post-exertional malaise stands;"
                + " the Berg Balance Scale tests neither dizziness nor gaze nor walking with head turns, and tops out in a"
                + " young, active patient)", balance.baseline().words());
        // the target is what the limit allows (precaution-limits.csv goal), never a placeholder
        assertTrue(longGoal(p, "endurance").target().words().startsWith(
                "not built by graded exercise while post-exertional malaise stands"), longGoal(p, "endurance").target().words());
        assertTrue(homeProgram(p).contains("no aerobic programme raised from visit to visit (post-exertional malaise)"),
                homeProgram(p));
        assertEquals(List.of("physician"), referrals(p));
    }

    @Test
    void postExertionalMalaiseBesideAHeartAttackMakesNoCardiacRehabilitationReferralAndSaysWhy() {
        CarePlan p = planOf("outpatient", CONCUSSION_FINDINGS, CONCUSSION, ME_CFS, HEART_ATTACK);
        noGradedExertion(p, true);
        assertEquals(List.of("physician", "physician"), referrals(p), "no cardiac-rehab: " + referrals(p));
        assertTrue(p.discharge().referrals().stream().anyMatch(r -> r.because().startsWith(
                "no referral to cardiac rehabilitation while post-exertional malaise stands")), everything(p));
        // pacing, not the programme's endurance goal: the six-minute walk is not repeated
        GoalItem endurance = longGoal(p, "endurance");
        assertTrue(endurance.text().contains("not built by graded exercise while post-exertional malaise stands"), endurance.text());
        assertEquals("6mwt-metres", endurance.baseline().scale());
        assertEquals(300, endurance.baseline().value().intValue());
        // energy management in place of exercise, and not the programme's functional-activity code
        assertEquals(List.of("97535"), p.interventions().stream()
                .filter(i -> i.area().equals("endurance")).map(i -> i.code()).sorted().toList());
        assertEquals(1, p.schedule().get(0).visitsPerWeek(), "post-exertional malaise's spaced row");
    }

    @Test
    void besideCardiacRehabilitationTheHomeProgrammeHasTheProgrammesAerobicPrescriptionOnly() {
        CarePlan p = planOf("outpatient", "{ \"area\": \"endurance\", \"score\": 280 }", HEART_ATTACK);
        noGradedExertion(p, false);
        assertEquals(List.of("cardiac-rehab"), referrals(p));
        assertEquals("Aerobic exercise at home (walking, cycling) only as the cardiac rehabilitation programme prescribes"
                + " it, on the days and at the time and intensity it sets", homeProgram(p));
        GoalItem endurance = longGoal(p, "endurance");
        assertTrue(endurance.text().contains("the supervised cardiac rehabilitation programme's"), endurance.text());
    }

    @Test
    void aConcussionBesideCardiacRehabilitationHasNoExerciseTestOrOwnAerobicProgramme() {
        CarePlan p = planOf("outpatient", CONCUSSION_FINDINGS, CONCUSSION, HEART_ATTACK);
        noGradedExertion(p, false);
        assertEquals(List.of("cardiac-rehab", "physician"), referrals(p));
        GoalItem balance = longGoal(p, "balance");
        assertTrue(balance.text().contains("the exercise the rehabilitation programme prescribes without a rise in"
                + " concussion symptoms"), balance.text());
        assertFalse(balance.baseline().words().contains("symptom-limited"), balance.baseline().words());
        // the heart-rate programme from PT's own exercise test is gone; one aerobic prescription, the programme's
        String home = homeProgram(p);
        assertFalse(home.contains("heart rate set below the one that brought on symptoms"), home);
        assertTrue(home.contains("the cardiac rehabilitation programme's exercise stopped, and the programme told, if"
                + " concussion symptoms rise"), home);
        assertEquals(1, home.split("programme prescribes it").length - 1, "one aerobic prescription: " + home);
    }

    @Test
    void aConcussionAloneKeepsItsSubSymptomAerobicProgrammeAndExerciseTest() {
        CarePlan p = planOf("outpatient", CONCUSSION_FINDINGS, CONCUSSION);
        assertTrue(homeProgram(p).contains("raised as set at each visit"), homeProgram(p));
        assertTrue(longGoal(p, "balance").text().contains("a symptom-limited graded exercise test"), longGoal(p, "balance").text());
    }

    @Test
    void inHomeHealthTheReferralIsForLaterAndPtsOwnWalkingProgrammeStays() {
        CarePlan p = planOf("home-health", "{ \"area\": \"endurance\", \"score\": 280 }", HEART_ATTACK);
        assertTrue(referrals(p).contains("cardiac-rehab"), referrals(p).toString());
        assertTrue(homeProgram(p).contains("A daily walking programme"), homeProgram(p));
        assertFalse(homeProgram(p).contains("only as the cardiac rehabilitation programme prescribes"), homeProgram(p));
    }
}
