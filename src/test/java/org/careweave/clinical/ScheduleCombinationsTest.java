package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * Four rule files each set a discipline's schedule from a frequency.csv population row (vestibular rehabilitation,
 * a protocol after surgery, cardiac rehabilitation, post-exertional malaise), written on separate branches. A patient
 * in two of them must still get one schedule per discipline (a plan of care states one frequency and duration, CMS
 * Pub 100-02 ch.15 §220.1.2); before the vestibular rule yielded to a protocol, a concussion with a rotator cuff repair
 * failed to plan ("two schedules for pt"). Which row wins is asserted from frequency.csv's precedence column (its
 * comment gives the order and its sources): a protocol's longer episode over weekly vestibular visits, vestibular
 * visits over the weekly PT beside the cardiac programme (which does not treat a vestibular problem), post-exertional
 * malaise over every exertional row.
 */
class ScheduleCombinationsTest {

    private static final String CONCUSSION = "{ \"code\": \"S06.0X0D\", \"category\": \"vestibular\", \"onset\": \"2026-10-28\" }";
    private static final String CUFF_REPAIR = "{ \"code\": \"M75.101\", \"category\": \"orthopedic-surgery\", \"onset\": \"2026-10-20\" }";
    private static final String RECENT_MI = "{ \"code\": \"I21.4\", \"category\": \"cardiac\", \"onset\": \"2026-09-01\" }";
    private static final String BPPV = "{ \"code\": \"H81.11\", \"category\": \"vestibular\", \"onset\": \"2026-10-28\" }";
    private static final String PEM = "{ \"code\": \"G93.32\", \"category\": \"deconditioning\", \"onset\": \"2026-01-01\" }";

    private static CarePlan planWith(String... conditions) {
        return plan("{ \"caseId\": \"c\", \"asOf\": \"2026-11-18\", \"patient\": { \"birthDate\": \"1990-04-22\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ " + String.join(", ", conditions) + " ],"
                + " \"findings\": [ { \"area\": \"balance\", \"score\": 52 }, { \"area\": \"walk-uneven-surfaces\", \"level\": 5 },"
                + " { \"area\": \"range-of-motion\", \"region\": \"upper-limb\", \"side\": \"right\" },"
                + " { \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 3 } ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-12\" } ] }");
    }

    private static ScheduleItem onlyPt(CarePlan p) {
        List<ScheduleItem> pt = p.schedule().stream().filter(s -> s.discipline().equals("pt")).toList();
        assertEquals(1, pt.size(), "one PT schedule: " + p.schedule());
        return pt.get(0);
    }

    @Test
    void aConcussionWithARotatorCuffRepairFollowsTheRepairsTwelveWeeks() {
        ScheduleItem pt = onlyPt(planWith(CONCUSSION, CUFF_REPAIR));
        assertEquals(2, pt.visitsPerWeek());
        assertEquals(12, pt.weeks());
    }

    /**
     * Was 1 a week for 4 weeks (the cardiac row): the programme gives aerobic and resistance training, not vestibular
     * rehabilitation, so the vestibular row (1 a week for 6 weeks, Hall et al. 2022) comes first and names the other.
     */
    @Test
    void aConcussionAfterARecentInfarctionIsVestibularRehabilitationBesideTheProgramme() {
        ScheduleItem pt = onlyPt(planWith(CONCUSSION, RECENT_MI));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
        String because = pt.reasons().get(0).because();
        assertTrue(because.startsWith("outpatient in vestibular rehabilitation"), because);
        assertTrue(because.endsWith("it comes before weekly PT beside cardiac rehabilitation for what the programme does"
                + " not cover (1 visit a week for 4 weeks), which also applies"), because);
    }

    /**
     * Without the infarction the repair's protocol used to win over post-exertional malaise (and lost to it with one):
     * one order now, the spaced visits first, each session being exertion (NICE NG206 §1.11). The cap limits the visits
     * a week, not the repair's recovery: the protocol's 12 weeks stay (the fresh-user trial of int-28, n01).
     */
    @Test
    void postExertionalMalaiseComesBeforeARotatorCuffRepairsProtocol() {
        ScheduleItem pt = onlyPt(planWith(CUFF_REPAIR, PEM));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(12, pt.weeks());
        String because = pt.reasons().get(0).because();
        assertTrue(because.endsWith("it comes before the protocol after rotator cuff repair (2 visits a week for 12 weeks),"
                + " which also applies; the plan keeps the 12 weeks of the protocol after rotator cuff repair, since fewer"
                + " visits a week do not shorten the recovery"), because);
    }

    @Test
    void postExertionalMalaiseSetsTheOneScheduleBesideAnInfarctionAndARepair() {
        ScheduleItem pt = onlyPt(planWith(CUFF_REPAIR, RECENT_MI, PEM));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(12, pt.weeks()); // the repair's length at the capped frequency
    }

    /**
     * Positional vertigo's own short episode (frequency.csv H81.1 row) applies only while balance is all PT leads;
     * beside a concussion's other problems it does not, and the fresh-user trial (v15) found the vestibular rule
     * yielding to the row anyway, so PT fell back to the outpatient default of 3 a week for 4 weeks.
     */
    @Test
    void positionalVertigoBesideAConcussionKeepsTheWeeklyVestibularSchedule() {
        ScheduleItem pt = onlyPt(planWith(CONCUSSION, BPPV));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
    }

    /** With post-exertional malaise the concussion's home programme raises no aerobic exercise (NICE NG206 §1.11.14). */
    @Test
    void aConcussionWithPostExertionalMalaiseGetsNoGradedAerobicProgramme() {
        CarePlan p = planWith(CONCUSSION, PEM);
        String pt = String.join(" | ", p.discharge().homeProgram().stream().filter(h -> h.discipline().equals("pt"))
                .map(org.careweave.plan.DischargePlan.HomeProgramEntry::text).toList());
        org.junit.jupiter.api.Assertions.assertTrue(pt.contains("Gaze stabilisation"), pt);
        org.junit.jupiter.api.Assertions.assertFalse(pt.contains("raised as set"), pt);
        org.junit.jupiter.api.Assertions.assertFalse(pt.contains("Aerobic exercise"), pt);
    }

    /** A case of a teenager (born 2010, 16 on 2026-11-24) with the given conditions and findings, PT ordered. */
    private static CarePlan teenWith(String conditions, String findings) {
        return born("2010-03-14", conditions, findings);
    }

    private static CarePlan born(String birthDate, String conditions, String findings) {
        return plan("{ \"caseId\": \"t\", \"asOf\": \"2026-11-24\", \"patient\": { \"birthDate\": \"" + birthDate + "\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ " + conditions + " ], \"findings\": [ " + findings + " ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-10\" } ] }");
    }

    private static final String KNEE_AND_BALANCE = "{ \"area\": \"range-of-motion\", \"region\": \"lower-limb\", \"side\": \"right\" },"
            + " { \"area\": \"strength\", \"region\": \"lower-limb\", \"side\": \"right\", \"score\": 3 },"
            + " { \"area\": \"balance\", \"score\": 50 }";

    /**
     * The report of 2 December 2026: a 16-year-old three weeks after an ACL reconstruction (S83.511D, surgery on
     * 2026-11-03) with a concussion got weekly vestibular visits (1 x 6, precedence 30) for a knee that needs its
     * supervised rehabilitation early (Logerstedt et al. 2017). The reconstruction's row (precedence 40, a protocol
     * after surgery) comes first: 3 visits a week for 4 weeks, the vestibular row named as considered. Was 1 x 6.
     */
    @Test
    void aKneeThreeWeeksAfterItsLigamentReconstructionComesBeforeAConcussionsWeeklyVisits() {
        ScheduleItem pt = onlyPt(teenWith("{ \"code\": \"S83.511D\", \"category\": \"sports-injury\", \"onset\": \"2026-10-20\" },"
                + " { \"category\": \"orthopedic-surgery\", \"onset\": \"2026-11-03\" }, " + CONCUSSION, KNEE_AND_BALANCE));
        assertEquals(3, pt.visitsPerWeek());
        assertEquals(4, pt.weeks());
        String because = pt.reasons().get(0).because();
        assertTrue(because.startsWith("outpatient after the knee ligament reconstruction: 3 visits a week for 4 weeks"), because);
        assertTrue(because.endsWith("it comes before weekly vestibular rehabilitation (1 visit a week for 6 weeks), which also applies"), because);
    }

    /**
     * The same ligament torn and never operated on (no orthopedic surgery recorded): no reconstruction's row, so the
     * concussion's weekly vestibular rehabilitation (Quatman-Yates et al. 2020) still sets the schedule.
     */
    @Test
    void anUnoperatedLigamentTearLeavesTheConcussionsWeeklyVisits() {
        ScheduleItem pt = onlyPt(teenWith("{ \"code\": \"S83.511D\", \"category\": \"sports-injury\", \"onset\": \"2026-10-20\" }, "
                + CONCUSSION, KNEE_AND_BALANCE));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
    }

    /**
     * A reconstruction 40 weeks before the plan (past recent-onset.csv's 26-week window for orthopedic surgery) is
     * history: the knee's early rehabilitation is over and the concussion's weekly visits set the schedule.
     */
    @Test
    void aReconstructionPastItsWindowLeavesTheConcussionsWeeklyVisits() {
        ScheduleItem pt = onlyPt(teenWith("{ \"code\": \"S83.511S\", \"category\": \"orthopedic-surgery\", \"onset\": \"2026-02-17\" }, "
                + CONCUSSION, KNEE_AND_BALANCE));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
    }

    /**
     * ME/CFS with positional vertigo, balance all PT leads: reviewed against NICE NG206 §1.11 on 2 December 2026 and
     * kept (frequency.csv's comment at precedence 70): repositioning is a brief passive manoeuvre, at most 4 visits,
     * and 2 a week leaves 3 to 4 days between visits, past the 12 to 72 hours in which after-effects show. So PT keeps
     * the 2 visits a week for 2 weeks (AAO-HNS 2017), and the reason names the spaced row as considered, not missed.
     */
    @Test
    void positionalVertigoWithPostExertionalMalaiseKeepsItsShortRepositioningEpisode() {
        ScheduleItem pt = onlyPt(born("1979-06-02", BPPV + ", " + PEM, "{ \"area\": \"balance\", \"score\": 50 }"));
        assertEquals(2, pt.visitsPerWeek());
        assertEquals(2, pt.weeks());
        String because = pt.reasons().get(0).because();
        assertTrue(because.endsWith("it comes before the spaced visits post-exertional malaise calls for (1 visit a week for"
                + " 8 weeks), which also applies"), because);
    }
}
