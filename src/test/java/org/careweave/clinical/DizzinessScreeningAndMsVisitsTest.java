package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * The fresh-user trial of int-27, section 10. Dizziness without a diagnosed cause (v21, R42 alone, Berg 50, a young
 * adult) got 3 visits a week for 4 weeks before any diagnosis and the older adult's falls programme at a kitchen
 * counter; its treatment follows its cause (Post and Dickerson 2010), so until the physician's diagnosis PT is seen
 * 1 visit a week for 2 weeks (frequency.csv dizziness-screening, precedence 65) and the home programme is a diary of
 * the spells, someone nearby only with a fall risk. Multiple sclerosis (m01) got PT 3 + OT 2 visits a week beside the
 * fatigue precaution; with it PT and OT keep to about 3 a week together (frequency.csv ms-fatigue, precedence 5: PT 2
 * for 4 weeks, Kalb et al. 2020 2-3 training sessions a week; OT 1 for 6 weeks, the weekly energy conservation course
 * of Mathiowetz et al. 2005). Every expected number is the row's, worked out from those sources, not read from a plan.
 */
class DizzinessScreeningAndMsVisitsTest {

    private static final String R42 = "{ \"code\": \"R42\", \"category\": \"vestibular\", \"onset\": \"2026-11-01\" }";
    private static final String MS = "{ \"code\": \"G35\", \"category\": \"multiple-sclerosis\", \"onset\": \"2010-01-01\" }";
    private static final String MI_6_MONTHS = "{ \"code\": \"I21.4\", \"category\": \"cardiac\", \"onset\": \"2026-06-01\" }";
    private static final String BALANCE_50 = "{ \"area\": \"balance\", \"score\": 50 }";
    /** m01's findings: PT leads balance, endurance, walking and the entry steps; OT dressing and cognition. */
    private static final String M01_FINDINGS = "{ \"area\": \"endurance\", \"score\": 250 }, { \"area\": \"balance\", \"score\": 40 },"
            + " { \"area\": \"walk-150-feet\", \"level\": 4 }, { \"area\": \"upper-body-dressing\", \"level\": 4 },"
            + " { \"area\": \"cognition\", \"score\": 22 }";

    /** A 22-year-old (v21's complaint) or a 76-year-old, with PT and OT ordered, as the trial's cases. */
    private static String trialCase(String birthDate, String setting, String conditions, String findings, String precautions) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-25\", \"patient\": { \"birthDate\": \"" + birthDate + "\" },"
                + " \"setting\": \"" + setting + "\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ " + conditions + " ], \"findings\": [ " + findings + " ],"
                + (precautions == null ? "" : " \"precautions\": [ " + precautions + " ],")
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-10\" }, { \"discipline\": \"ot\", \"date\": \"2026-11-10\" } ] }";
    }

    private static CarePlan young(String conditions, String findings, String precautions) {
        return plan(trialCase("2004-03-10", "outpatient", conditions, findings, precautions));
    }

    /** m01 as the trial gave it: the 76-year-old's findings in this setting, with these conditions. */
    private static CarePlan m01(String setting, String conditions) {
        return plan(trialCase("1950-03-10", setting, conditions, M01_FINDINGS, null));
    }

    /** A schedule's visits a week and weeks. */
    private static List<Integer> visitsAndWeeks(ScheduleItem s) {
        return List.of(s.visitsPerWeek(), s.weeks());
    }

    private static ScheduleItem schedule(CarePlan p, String discipline) {
        List<ScheduleItem> s = p.schedule().stream().filter(i -> i.discipline().equals(discipline)).toList();
        assertEquals(1, s.size(), "one " + discipline + " schedule: " + p.schedule());
        return s.get(0);
    }

    private static String because(ScheduleItem s) {
        return String.join(" | ", s.reasons().stream().map(Reason::because).toList());
    }

    private static List<String> ptHomeProgram(CarePlan p) {
        return p.discharge().homeProgram().stream().filter(h -> h.discipline().equals("pt"))
                .map(DischargePlan.HomeProgramEntry::text).toList();
    }

    @Test
    void undiagnosedDizzinessIsSeenOnceAWeekForTwoWeeksWhileTheCauseIsFound() {
        CarePlan p = young(R42, BALANCE_50 + ", { \"area\": \"walk-uneven-surfaces\", \"level\": 5 }", null);
        ScheduleItem pt = schedule(p, "pt");
        // on the old rules: the outpatient default, 3 a week for 4 weeks
        assertEquals(1, pt.visitsPerWeek(), because(pt));
        assertEquals(2, pt.weeks(), because(pt));
        assertTrue(because(pt).startsWith("outpatient while the cause of the dizziness is found: 1 visit a week for 2 weeks"), because(pt));
        assertTrue(because(pt).contains("re-evaluated and revised to the diagnosis"), because(pt));
        // the long-term goal is due with the schedule and promises no gain before the diagnosis
        List<GoalItem> balance = p.goals().stream().filter(g -> g.area().equals("balance")).toList();
        assertEquals(1, balance.size(), balance.toString());
        assertEquals(2, balance.get(0).weeks(), balance.get(0).text());
        assertTrue(balance.get(0).text().contains("no worse than at the first visit"), balance.get(0).text());
        assertFalse(balance.get(0).text().contains("at least 18 points lower"), balance.get(0).text());
        // the physician referral for a diagnosis stays
        assertTrue(p.discharge().referrals().stream().anyMatch(r -> r.to().equals("physician")
                && r.because().startsWith("dizziness without a diagnosed cause")), p.discharge().referrals().toString());
    }

    @Test
    void withoutAFallRiskTheHomeProgrammeIsADiaryOfTheSpellsWithNoCounter() {
        List<String> home = ptHomeProgram(young(R42, BALANCE_50, null));
        assertEquals(1, home.size(), home.toString());
        // on the old rules: "Standing balance exercises at a kitchen counter ... with someone nearby where possible"
        assertFalse(home.get(0).contains("kitchen counter"), home.get(0));
        assertFalse(home.get(0).contains("someone nearby"), home.get(0));
        assertTrue(home.get(0).startsWith("A diary of each spell of dizziness"), home.get(0));
        assertTrue(home.get(0).contains("getting up slowly"), home.get(0));
    }

    @Test
    void aRecordedFallRiskKeepsSomeoneNearby() {
        CarePlan p = young(R42, BALANCE_50, "{ \"kind\": \"fall-risk\" }");
        assertTrue(p.precautions().stream().anyMatch(x -> x.kind().equals("fall-risk") && x.disciplines().contains("pt")),
                p.precautions().toString());
        List<String> home = ptHomeProgram(p);
        assertEquals(1, home.size(), home.toString());
        assertTrue(home.get(0).startsWith("A diary of each spell of dizziness"), home.get(0));
        assertTrue(home.get(0).endsWith("; someone nearby when walking or getting up while the fall risk lasts"), home.get(0));
        assertFalse(home.get(0).contains("kitchen counter"), home.get(0));
    }

    @Test
    void dizzinessWithMoreForPtToTreatKeepsTheSettingsFrequency() {
        // weak legs are treated whatever the dizziness turns out to be: the screening row is for the dizziness alone
        ScheduleItem pt = schedule(young(R42, BALANCE_50
                + ", { \"area\": \"strength\", \"region\": \"lower-limb\", \"side\": \"left\", \"score\": 3 }", null), "pt");
        assertEquals(3, pt.visitsPerWeek(), because(pt));
        assertEquals(4, pt.weeks(), because(pt));
        assertFalse(because(pt).contains("while the cause of the dizziness is found"), because(pt));
    }

    @Test
    void aDiagnosedCauseBesideR42TakesItsOwnScheduleNotTheScreening() {
        // peripheral hypofunction: weekly vestibular rehabilitation for 6 weeks; positional vertigo: 2 a week for 2 weeks
        String hypofunction = "{ \"code\": \"H81.23\", \"category\": \"vestibular\", \"onset\": \"2026-11-01\" }";
        String bppv = "{ \"code\": \"H81.11\", \"category\": \"vestibular\", \"onset\": \"2026-11-01\" }";
        ScheduleItem h = schedule(young(R42 + ", " + hypofunction, BALANCE_50, null), "pt");
        assertEquals(List.of(1, 6), List.of(h.visitsPerWeek(), h.weeks()), because(h));
        ScheduleItem b = schedule(young(R42 + ", " + bppv, BALANCE_50, null), "pt");
        assertEquals(List.of(2, 2), List.of(b.visitsPerWeek(), b.weeks()), because(b));
        assertFalse((because(h) + because(b)).contains("the cause of the dizziness"), because(h) + " || " + because(b));
    }

    @Test
    void multipleSclerosisKeepsPtAndOtToThreeVisitsAWeekTogether() {
        CarePlan p = m01("outpatient", MS);
        ScheduleItem pt = schedule(p, "pt");
        ScheduleItem ot = schedule(p, "ot");
        // on the old rules: PT 3 x 4 and OT 2 x 4, 5 sessions a week beside the pacing precaution
        assertEquals(List.of(2, 4), visitsAndWeeks(pt), because(pt));
        assertEquals(List.of(1, 6), visitsAndWeeks(ot), because(ot));
        assertEquals(3, pt.visitsPerWeek() + ot.visitsPerWeek());
        assertTrue(because(pt).startsWith("outpatient with multiple sclerosis fatigue: 2 visits a week for 4 weeks"), because(pt));
        assertTrue(because(pt).contains("PT and OT together keep to about 3 visits a week"), because(pt));
        assertTrue(because(ot).contains("Mathiowetz et al. 2005"), because(ot));
        // OT's goals run to its 6 weeks, the short-term one to half of them
        assertTrue(p.goals().stream().anyMatch(g -> g.discipline().equals("ot") && g.area().equals("upper-body-dressing")
                && g.term().equals("long") && g.weeks() == 6), p.goals().toString());
        assertTrue(p.goals().stream().anyMatch(g -> g.discipline().equals("ot") && g.area().equals("upper-body-dressing")
                && g.term().equals("short") && g.weeks() == 3), p.goals().toString());
    }

    @Test
    void inHomeHealthMultipleSclerosisKeepsToThreeVisitsAWeekOverThePeriod() {
        CarePlan p = m01("home-health", MS);
        // the home-health default is 2 + 2 a week; the fatigue takes OT to 1, over the 30-day period
        assertEquals(List.of(2, 4), visitsAndWeeks(schedule(p, "pt")), because(schedule(p, "pt")));
        assertEquals(List.of(1, 4), visitsAndWeeks(schedule(p, "ot")), because(schedule(p, "ot")));
    }

    @Test
    void besideCardiacRehabilitationTheProgrammesWeeklyRowComesBeforeTheMsRow() {
        // an infarction 6 months ago: cardiac rehabilitation gives the training, PT weekly for the rest (precedence 20
        // over 5), and the reason says the multiple sclerosis row was considered
        ScheduleItem pt = schedule(m01("outpatient", MS + ", " + MI_6_MONTHS), "pt");
        assertEquals(List.of(1, 4), visitsAndWeeks(pt), because(pt));
        assertTrue(because(pt).contains("it comes before the paced visits multiple sclerosis fatigue calls for (2 visits a week for 4 weeks)"),
                because(pt));
    }

    @Test
    void withoutMultipleSclerosisTheSameFindingsKeepTheSettingsFrequency() {
        String stroke = "{ \"code\": \"I63.9\", \"category\": \"stroke\", \"onset\": \"2026-10-01\" }";
        CarePlan p = m01("outpatient", stroke);
        assertEquals(3, schedule(p, "pt").visitsPerWeek(), because(schedule(p, "pt")));
        assertEquals(2, schedule(p, "ot").visitsPerWeek(), because(schedule(p, "ot")));
    }
}
