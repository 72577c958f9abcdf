package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * The fresh-material trial 11's top defects, each case beside a control that differs in the one fact the fix keys on,
 * so every assertion could fail. Expected values come from the sources, not from the plans: the AAOS Management of
 * Carpal Tunnel Syndrome CPG (2024: no routine supervised therapy after release; frequency.csv's home programme 1
 * visit a week for 2 weeks, Pomerance 2007; the protocol for 12 weeks after the release); the AAO-HNS BPPV CPG (2017:
 * 1 to 3 sessions of repositioning, reassessment within a month: 2 visits a week for 2 weeks); 42 CFR 424.44(a)(1)
 * (a Medicare claim no later than 12 months after the date of service); 42 CFR 409.34(a)(2) (daily skilled services
 * are a condition of a Part A SNF stay).
 */
class Trial11FixesTest {

    private static ScheduleItem schedule(CarePlan plan, String discipline) {
        List<ScheduleItem> s = plan.schedule().stream().filter(i -> i.discipline().equals(discipline)).toList();
        assertEquals(1, s.size(), plan.schedule().toString());
        return s.get(0);
    }

    private static boolean precaution(CarePlan plan, String kind) {
        return plan.precautions().stream().anyMatch(p -> p.kind().equals(kind));
    }

    /**
     * Outpatient OT two weeks after the visit of 2026-12-02 for a right carpal tunnel syndrome diagnosed in May, with
     * the release coded as a clinic sends it: Z48.811 under orthopedic surgery, dated the day of the surgery.
     */
    private static String release(String surgery) {
        return Cases.json("2026-12-02", "1958-04-02", "outpatient", "medicare-part-b",
                Cases.condition("G56.01", "carpal-tunnel", "2026-05-01") + ", "
                        + Cases.condition("Z48.811", "orthopedic-surgery", surgery),
                "{ \"area\": \"pain\", \"score\": 5, \"region\": \"hand\", \"side\": \"right\" },"
                        + " { \"area\": \"edema\", \"region\": \"hand\", \"side\": \"right\" },"
                        + " { \"area\": \"strength\", \"score\": 4, \"region\": \"hand\", \"side\": \"right\" },"
                        + " { \"area\": \"fine-motor\", \"region\": \"hand\", \"side\": \"right\" }",
                Cases.order("ot", "2026-11-25"));
    }

    @Test
    void aReleaseCodedUnderOrthopedicSurgeryBesideCarpalTunnelSyndromeIsUnderTheProtocol() {
        // 2026-11-18 to 2026-12-02: 2 weeks after the release, inside the protocol's 12 weeks
        CarePlan plan = Cases.plan(release("2026-11-18"));
        assertTrue(precaution(plan, "carpal-tunnel-release"), plan.precautions().toString());
        // AAOS 2024 / Pomerance 2007: the home programme taught and checked, 1 visit a week for 2 weeks
        assertEquals(List.of(1, 2), List.of(schedule(plan, "ot").visitsPerWeek(), schedule(plan, "ot").weeks()));
        // AAOS 2024: no postoperative immobilisation, so no orthosis
        assertTrue(plan.interventions().stream().noneMatch(i -> i.code().equals("97760")), plan.interventions().toString());
    }

    @Test
    void aReleaseMoreThanTwelveWeeksAgoIsHistoryNotAftercare() {
        // 2026-08-01 to 2026-12-02 is 123 days, week 18: past aftercare.csv's untilWeek 12
        CarePlan plan = Cases.plan(release("2026-08-01"));
        assertFalse(precaution(plan, "carpal-tunnel-release"), plan.precautions().toString());
        // the outpatient OT default, 2 visits a week for 4 weeks (frequency.csv)
        assertEquals(List.of(2, 4), List.of(schedule(plan, "ot").visitsPerWeek(), schedule(plan, "ot").weeks()));
    }

    /** Outpatient PT for posterior canal BPPV (H81.12), Berg 47, and the given extra Section GG findings. */
    private static String bppv(String more) {
        return Cases.json("2026-12-02", "1951-05-17", "outpatient", "medicare-part-b",
                Cases.condition("H81.12", "vestibular", "2026-11-25"),
                "{ \"area\": \"balance\", \"score\": 47 }, { \"area\": \"walk-uneven-surfaces\", \"level\": 4 }" + more,
                Cases.order("pt", "2026-11-28"));
    }

    @Test
    void positionalVertigoWithUnsteadinessOnUnevenGroundKeepsItsShortEpisode() {
        // AAO-HNS 2017: 1 to 3 sessions of repositioning and a reassessment: 2 visits a week for 2 weeks
        ScheduleItem s = schedule(Cases.plan(bppv("")), "pt");
        assertEquals(List.of(2, 2), List.of(s.visitsPerWeek(), s.weeks()));
    }

    @Test
    void positionalVertigoWithWalkingOnLevelGroundToTreatKeepsTheOutpatientDefault() {
        // walking 150 feet at 04 is not the vertigo's: the outpatient PT default, 3 visits a week for 4 weeks
        ScheduleItem s = schedule(Cases.plan(bppv(", { \"area\": \"walk-150-feet\", \"level\": 3 }")), "pt");
        assertEquals(List.of(3, 4), List.of(s.visitsPerWeek(), s.weeks()));
    }

    /** A Medicare Part B or commercial PT visit of 30 minutes of 97110 on the given date, planned on 2026-12-02. */
    private static String visit(String payer, String date) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-02\", \"setting\": \"outpatient\","
                + " \"payer\": { \"kind\": \"" + payer + "\" }, \"visits\": [ { \"date\": \"" + date + "\","
                + " \"services\": [ { \"discipline\": \"pt\", \"code\": \"97110\", \"minutes\": 30 } ] } ] }";
    }

    private static List<PlanAlert> late(CarePlan plan) {
        return plan.alerts().stream().filter(a -> a.kind().equals("timely-filing")).toList();
    }

    @Test
    void aMedicareVisitMoreThanTwelveMonthsBeforeTheAsOfDateIsPastTimelyFiling() {
        // 2025-10-20 + 12 months = 2026-10-20, before 2026-12-02 (42 CFR 424.44(a)(1))
        List<PlanAlert> late = late(Cases.plan(visit("medicare-part-b", "2025-10-20")));
        assertEquals(1, late.size(), late.toString());
        assertEquals("warning", late.get(0).severity());
        assertEquals("/visits/0/date", late.get(0).ref());
        assertTrue(late.get(0).message().contains("2026-10-20"), late.get(0).message());
        // still billed as recorded: 30 minutes of 97110, 2 units under the 8-minute rule
        assertEquals(2, Cases.plan(visit("medicare-part-b", "2025-10-20")).claims().get(0).lines().get(0).units());
    }

    @Test
    void aVisitExactlyTwelveMonthsBeforeOrACommercialPayersIsNotChecked() {
        // 2025-12-02 + 12 months = 2026-12-02: filed that day is no later than 12 months after the service
        assertEquals(List.of(), late(Cases.plan(visit("medicare-part-b", "2025-12-02"))));
        assertEquals(1, late(Cases.plan(visit("medicare-part-b", "2025-12-01"))).size());
        // commercial contracts set their own limits: no filing-limits.csv row, no check
        assertEquals(List.of(), late(Cases.plan(visit("commercial", "2025-10-20"))));
    }

    /** A SNF resident with dementia (MoCA 12) after a fall, PT and OT ordered, under the given payer. */
    private static String snf(String payer) {
        return Cases.json("2026-12-02", "1936-04-04", "skilled-nursing", payer,
                Cases.condition("F03.B0", "dementia", "2023-01-01") + ", "
                        + Cases.condition("W19.XXXA", "fall", "2026-11-20"),
                "{ \"area\": \"cognition\", \"score\": 12 }, { \"area\": \"walk-50-feet\", \"level\": 4 },"
                        + " { \"area\": \"toilet-transfer\", \"level\": 4 }, { \"area\": \"eating\", \"level\": 4 },"
                        + " { \"area\": \"balance\", \"score\": 38 }",
                Cases.order("pt", "2026-11-24") + ", " + Cases.order("ot", "2026-11-24"));
    }

    @Test
    void aPartASkilledNursingStayIsDailyTherapy() {
        // 42 CFR 409.34(a)(2): skilled rehabilitation at least 5 days a week
        CarePlan plan = Cases.plan(snf("medicare-part-a"));
        assertEquals(5, schedule(plan, "pt").visitsPerWeek());
        assertEquals(5, schedule(plan, "ot").visitsPerWeek());
    }

    @Test
    void aSkilledNursingResidentWhoseTherapyPartBPaysIsNotScheduledByThePartADailyRule() {
        CarePlan plan = Cases.plan(snf("medicare-part-b"));
        for (String d : List.of("pt", "ot")) {
            ScheduleItem s = schedule(plan, d);
            assertTrue(s.visitsPerWeek() < 5, s.toString());
            assertTrue(s.reasons().stream().noneMatch(r -> r.because().contains("SNF skilled rehabilitation is daily")),
                    s.toString());
        }
    }
}
