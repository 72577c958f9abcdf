package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.careweave.clinical.Cases.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * Trial 4 case 08: a young athlete after a concussion was planned as an older adult's falls programme (Berg 52 -> 56,
 * balance at a kitchen counter with someone nearby, an OT low-vision goal, 3 visits a week). The condition's
 * ICD-10-CM code now tells what balance and vision are (finding-natures.csv): after a concussion (S06.0) and with
 * peripheral vestibular hypofunction (H81.2, H83.2) balance is measured by the Dizziness Handicap Inventory (an
 * 18-point change: Jacobson & Newman 1990), the Functional Gait Assessment (6 points: Marchetti et al. 2014) and,
 * for hypofunction, dynamic visual acuity (Hall et al. 2022); the home programme is gaze stabilisation 3-5 times a
 * day (Hall et al. 2022) with, after a concussion, sub-symptom aerobic exercise (Quatman-Yates et al. 2020; Leddy et
 * al. 2019); PT is seen weekly for 6 weeks (frequency.csv vestibular-rehab row); visual symptoms are PT's
 * vestibulo-ocular problem, not low vision.
 */
class VestibularRehabilitationTest {

    private static String caseJson(String birthDate, String code, String findings) {
        return "{ \"caseId\": \"v\", \"asOf\": \"2026-11-18\", \"patient\": { \"birthDate\": \"" + birthDate + "\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"" + code + "\", \"category\": \"vestibular\", \"onset\": \"2026-10-28\" } ],"
                + " \"findings\": [" + findings + "], \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-12\" } ] }";
    }

    /** Trial case 08's findings: Berg 52, uneven ground at set-up level, neck pain 5, visual symptoms. */
    private static final String CASE_08 = "{ \"area\": \"balance\", \"score\": 52 }, { \"area\": \"walk-uneven-surfaces\", \"level\": 5 },"
            + " { \"area\": \"pain\", \"region\": \"head-neck\", \"score\": 5 }, { \"area\": \"vision\" }";

    /** The area's first goal other than positional vertigo's own (rules/plan/vestibular.drl gives BPPV one beside its score's). */
    private static GoalItem goal(CarePlan p, String area) {
        return p.goals().stream().filter(g -> g.area().equals(area) && !g.text().contains("(positional vertigo)")).findFirst()
                .orElseThrow(() -> new AssertionError("no goal for " + area + ": " + p.goals()));
    }

    private static ScheduleItem schedule(CarePlan p, String discipline) {
        return p.schedule().stream().filter(s -> s.discipline().equals(discipline)).findFirst()
                .orElseThrow(() -> new AssertionError("no schedule for " + discipline + ": " + p.schedule()));
    }

    private static List<String> codes(CarePlan p, String discipline, String area) {
        return p.interventions().stream().filter(i -> i.discipline().equals(discipline) && i.area().equals(area))
                .map(i -> i.code()).sorted().toList();
    }

    private static String homeProgram(CarePlan p, String discipline) {
        return String.join(" | ", p.discharge().homeProgram().stream().filter(h -> h.discipline().equals(discipline))
                .map(DischargePlan.HomeProgramEntry::text).toList());
    }

    private static List<String> referrals(CarePlan p) {
        return p.discharge().referrals().stream().map(DischargePlan.ReferralItem::to).toList();
    }

    @Test
    void aConcussionInAYoungAthleteIsVestibularRehabilitationNotAFallsProgramme() {
        CarePlan p = plan(caseJson("2007-04-22", "S06.0X0D", CASE_08));
        GoalItem balance = goal(p, "balance");
        assertEquals("assist", balance.baseline().scale(), "no Berg baseline: " + balance.text());
        assertFalse(balance.text().contains("Berg Balance Scale score"), balance.text());
        assertTrue(balance.text().contains("Dizziness Handicap Inventory (DHI), the Functional Gait Assessment (FGA)"),
                balance.text());
        assertTrue(balance.text().contains("the DHI at least 18 points lower, the FGA at least 6 points higher"), balance.text());
        assertEquals(6, balance.weeks());
        // aerobic exercise below the symptom threshold (97110) beside vestibular re-education (97112)
        assertEquals(List.of("97110", "97112"), codes(p, "pt", "balance"));
        assertEquals(List.of("97110", "97140"), codes(p, "pt", "pain"), "the neck is treated");
        // visual symptoms are oculomotor: PT's, with the VOMS, and an eye examination if they persist
        assertEquals("pt", p.leadOf("vision"));
        assertEquals(List.of("97112"), codes(p, "pt", "vision"));
        assertTrue(goal(p, "vision").text().contains("Vestibular/Ocular Motor Screening (VOMS)"), goal(p, "vision").text());
        assertTrue(p.goals().stream().noneMatch(g -> g.text().contains("low-vision")), p.goals().toString());
        assertFalse(p.discipline("ot").indicated(), reasons(p.discipline("ot")));
        assertEquals(List.of("physician"), referrals(p));
        assertEquals(1, schedule(p, "pt").visitsPerWeek());
        assertEquals(6, schedule(p, "pt").weeks());
        String home = homeProgram(p, "pt");
        assertTrue(home.contains("at the heart rate set below the one that brought on symptoms"), home);
        assertTrue(home.contains("gaze stabilisation (VOR x1) and eye-movement exercises 3 to 5 times a day"), home);
        assertFalse(home.contains("kitchen counter") || home.contains("someone nearby"), home);
    }

    @Test
    void peripheralVestibularHypofunctionGetsGazeStabilisationAndWeeklyVisits() {
        CarePlan p = plan(caseJson("1984-09-14", "H81.22",
                "{ \"area\": \"balance\", \"score\": 51 }, { \"area\": \"vision\" }"));
        GoalItem balance = goal(p, "balance");
        assertTrue(balance.text().contains("dynamic visual acuity (DVA)"), balance.text());
        assertFalse(balance.text().contains("Berg Balance Scale score"), balance.text());
        assertEquals(List.of("97112"), codes(p, "pt", "balance"), "no aerobic programme: that is the concussion's");
        assertEquals("pt", p.leadOf("vision"));
        assertTrue(goal(p, "vision").text().contains("(oscillopsia)"), goal(p, "vision").text());
        assertEquals(List.of(), referrals(p), "no eye examination: that is for a concussion's oculomotor symptoms");
        assertEquals(1, schedule(p, "pt").visitsPerWeek());
        assertEquals(6, schedule(p, "pt").weeks());
        String home = homeProgram(p, "pt");
        assertTrue(home.startsWith("Gaze stabilisation (VOR x1"), home);
        assertTrue(home.contains("3 to 5 times a day, 12 to 20 minutes a day in all"), home);
        assertFalse(home.contains("someone nearby"), "Berg 51 is above the fall-risk cut-off: " + home);
        // labyrinthine hypofunction (H83.2) is the same problem
        assertTrue(goal(plan(caseJson("1984-09-14", "H83.2X2", "{ \"area\": \"balance\", \"score\": 51 }")), "balance")
                .text().contains("dynamic visual acuity (DVA)"));
    }

    /** Berg 42 (45 or less: fall risk) at 72: the standing exercises keep a counter and a person at hand. */
    @Test
    void withAFallRiskTheStandingExercisesKeepSupportAtHand() {
        CarePlan p = plan(caseJson("1954-03-03", "H81.21", "{ \"area\": \"balance\", \"score\": 42 }"));
        assertTrue(p.precautions().stream().anyMatch(x -> x.kind().equals("fall-risk")), p.precautions().toString());
        String home = homeProgram(p, "pt");
        assertTrue(home.contains("Gaze stabilisation (VOR x1"), home);
        assertTrue(home.endsWith("; the standing and walking exercises beside a counter with someone nearby while the fall"
                + " risk lasts"), home);
    }

    /** Hands-on help to walk (GG 03) is more than a home programme can progress: the outpatient 3 a week for 4 weeks. */
    @Test
    void handsOnHelpToWalkKeepsTheSettingsFrequency() {
        CarePlan p = plan(caseJson("1954-03-03", "H81.21",
                "{ \"area\": \"balance\", \"score\": 42 }, { \"area\": \"walk-150-feet\", \"level\": 3 }"));
        assertEquals(3, schedule(p, "pt").visitsPerWeek());
        assertEquals(4, schedule(p, "pt").weeks());
        assertTrue(goal(p, "balance").text().contains("Dizziness Handicap Inventory"), goal(p, "balance").text());
    }

    /** Positional vertigo (H81.1) is not hypofunction: repositioning, the Berg goal and its own short episode stay. */
    @Test
    void positionalVertigoKeepsItsRepositioningPlan() {
        CarePlan p = plan(caseJson("1954-03-03", "H81.11", "{ \"area\": \"balance\", \"score\": 47 }"));
        assertEquals("berg-0-56", goal(p, "balance").target().scale());
        // and the goal the repositioning aims at: the provoking moves without vertigo (AAO-HNS BPPV CPG 2017)
        assertTrue(p.goals().stream().anyMatch(g -> g.text().startsWith("Balance (positional vertigo): rolls over in bed")),
                String.valueOf(p.goals()));
        assertEquals(List.of("95992", "97112"), codes(p, "pt", "balance"));
        assertEquals(2, schedule(p, "pt").visitsPerWeek());
        assertTrue(homeProgram(p, "pt").contains("kitchen counter"), homeProgram(p, "pt"));
    }
}
