package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.plan;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.units;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.fact.billing.BillingMath;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;

/** PT and OT treating together, overlapping minutes, and how Part A differs from Part B. */
class CotreatmentTest {

    private static final String D = "2026-03-02";
    private static final String CO = "\"cotreatment\":true";

    @Test
    void cmsExampleThirtyMinutesTogetherBillsOneUnitEachWhenSplit() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97530", 30, CO), svc("ot", "97530", 30, CO))));
        assertEquals(1, units(p, "pt", "97530"));
        assertEquals(1, units(p, "ot", "97530"));
        assertEquals(15, line(p, "pt", "97530").minutes());
        assertEquals(15, line(p, "ot", "97530").minutes());
        assertEquals(1, alerts(p, "cotreatment-split").size());
        assertTrue(alerts(p, "cotreatment-split").get(0).message().contains("30 minutes"));
    }

    @Test
    void cmsExampleOneDisciplineMayBillBothUnits() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97530", 30, CO), svc("ot", "97530", 30, CO))),
                "\"billing\":{\"cotreatmentUnits\":\"ot\"}");
        assertEquals(0, units(p, "pt", "97530"));
        assertEquals(2, units(p, "ot", "97530"));
    }

    @Test
    void coTreatedUnitsNeverExceedTheUnitsOfTheSharedTime() {
        for (int minutes : new int[] {8, 20, 23, 38, 45, 53, 67, 90}) {
            CarePlan p = plan("medicare-part-b",
                    List.of(visit(D, svc("pt", "97530", minutes, CO), svc("ot", "97535", minutes, CO))));
            assertEquals(BillingMath.units(minutes), units(p, "pt", "97530") + units(p, "ot", "97535"),
                    minutes + " minutes together");
        }
    }

    @Test
    void ownMinutesBeyondTheSharedTimeStayWithTheirDiscipline() {
        // PT 40 co-treated, OT 30 co-treated: 30 shared (2 units: 1 each); PT keeps 10 own minutes -> 15+10 = 25.
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97530", 40, CO), svc("ot", "97535", 30, CO))));
        assertEquals(25, line(p, "pt", "97530").minutes());
        assertEquals(2, units(p, "pt", "97530"));
        assertEquals(15, line(p, "ot", "97535").minutes());
        assertEquals(1, units(p, "ot", "97535"));
    }

    @Test
    void partAEachDisciplineRecordsTheFullSessionWhilePartBBillsItOnce() {
        List<String> v = List.of(visit(D, svc("pt", "97530", 30, CO), svc("ot", "97530", 30, CO)));
        CarePlan a = plan("medicare-part-a", v);
        CarePlan b = plan("medicare-part-b", v);
        // Part A SNF: each discipline keeps its full 30 minutes; the 21x claim counts the date as one day of
        // therapy for each (CMS Pub 100-04 ch.6 §30.4), not 2 units of 15 minutes
        assertEquals(30, line(a, "pt", "97530").minutes());
        assertEquals(30, line(a, "ot", "97530").minutes());
        assertEquals(1, units(a, "pt", "97530"));
        assertEquals(1, units(a, "ot", "97530"));
        assertEquals(2, units(b, "pt", "97530") + units(b, "ot", "97530"));
        assertTrue(alerts(a, "cotreatment-split").get(0).message().contains("full session"));
    }

    @Test
    void partAFlagsGroupAndConcurrentMinutesAboveAQuarter() {
        CarePlan p = plan("medicare-part-a", List.of(visit(D, svc("pt", "97110", 30),
                svc("pt", "97150", 15, "\"patientsInSession\":3"))));
        // 15 of 45 minutes = 33% > 25%
        assertEquals(1, alerts(p, "group-concurrent-cap").size());
        CarePlan b = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 30),
                svc("pt", "97150", 15, "\"patientsInSession\":3"))));
        assertEquals(0, alerts(b, "group-concurrent-cap").size());
    }

    @Test
    void hotPackMinutesAreNotTherapyMinutesForThePartAGroupLimit() {
        // RAI manual ch.3 section O: the MDS records skilled therapy time only, and hot or cold packs (97010) are not
        // skilled. PT: 50 individual + 20 group + 20 hot packs. Skilled minutes 70, group 20: 20/70 = 28.6% > 25%,
        // flagged "20 of 70". Counting the packs: 20/90 = 22.2%, no alert (the old rule's answer).
        CarePlan p = plan("medicare-part-a", List.of(visit(D, svc("pt", "97110", 50), svc("pt", "97010", 20),
                svc("pt", "97110", 20, "\"patientsInSession\":4"))));
        assertEquals(1, alerts(p, "group-concurrent-cap").size());
        assertTrue(alerts(p, "group-concurrent-cap").get(0).message().contains("20 of 70 minutes"),
                alerts(p, "group-concurrent-cap").get(0).message());
        // 60 individual + 20 group + 20 hot packs: 20/80 = 25%, at the limit, not above it.
        CarePlan at = plan("medicare-part-a", List.of(visit(D, svc("pt", "97110", 60), svc("pt", "97010", 20),
                svc("pt", "97110", 20, "\"patientsInSession\":4"))));
        assertEquals(0, alerts(at, "group-concurrent-cap").size());
    }

    @Test
    void partAGroupLimitIsJudgedOverTheStayNotOneDay() {
        // PDPM / RAI manual ch.3 section O (O0425): the 25% limit is per discipline over the whole Part A stay.
        // PT: 40 + 30 + 35 individual, 25 concurrent (2 patients) + 20 group (3 patients): 45 of 150 = 30% > 25%.
        // OT: 45, 30 + 15 concurrent, 45: one day 15 of 45 (33%) but the stay 15 of 135 (11.1%): no OT alert.
        CarePlan p = plan("medicare-part-a", List.of(
                visit("2026-11-30", svc("pt", "97110", 40), svc("pt", "97530", 25, "\"patientsInSession\":2"),
                        svc("ot", "97535", 45)),
                visit("2026-12-01", svc("pt", "97116", 30), svc("pt", "97530", 20, "\"patientsInSession\":3"),
                        svc("ot", "97535", 30), svc("ot", "97530", 15, "\"patientsInSession\":2")),
                visit("2026-12-02", svc("pt", "97110", 35), svc("ot", "97535", 45))));
        List<PlanAlert> caps = alerts(p, "group-concurrent-cap");
        assertEquals(1, caps.size(), caps.toString());
        String m = caps.get(0).message();
        assertTrue(m.startsWith("physical therapy: 45 of 150 minutes (30%)"), m);
        assertTrue(m.contains("3 dates") && m.contains("2026-11-30 to 2026-12-02"), m);
        assertTrue(m.contains("no claim line changes"), m);
        assertEquals(null, caps.get(0).ref());
        // the limit changes no line: each discipline's first line of a date in code order carries its day
        assertEquals(3, Billing.lines(p).stream().filter(l -> l.discipline().equals("pt")).mapToInt(l -> l.units()).sum());
        assertEquals(3, Billing.lines(p).stream().filter(l -> l.discipline().equals("ot")).mapToInt(l -> l.units()).sum());
    }

    @Test
    void aSingleDayAboveAQuarterInsideAStayBelowItIsNoAlert() {
        // Day 1: PT 30 individual + 20 group = 40% that day; day 2: PT 60 individual. Stay: 20 of 110 = 18.2%.
        CarePlan p = plan("medicare-part-a", List.of(
                visit("2026-11-30", svc("pt", "97110", 30), svc("pt", "97530", 20, "\"patientsInSession\":2")),
                visit("2026-12-01", svc("pt", "97110", 60))));
        assertEquals(0, alerts(p, "group-concurrent-cap").size());
        // the trial's one day alone is the whole stay the case records: 20 of 50 = 40%, flagged with its share
        CarePlan one = plan("medicare-part-a", List.of(
                visit("2026-12-01", svc("pt", "97116", 30), svc("pt", "97530", 20, "\"patientsInSession\":2"))));
        assertEquals(1, alerts(one, "group-concurrent-cap").size());
        assertTrue(alerts(one, "group-concurrent-cap").get(0).message().contains("20 of 50 minutes (40%)"));
        assertTrue(alerts(one, "group-concurrent-cap").get(0).message().contains("1 date of the Part A stay"));
    }

    @Test
    void supplyMinutesAreNoTherapyMinutesForThePartAGroupLimit() {
        // PT 40 individual + 15 group: 15 of 55 = 27.3% > 25%, flagged. The 20 minutes of fitting a stocking
        // (A6531, a supply item) counted as therapy would make 15 of 75 = 20%, and no alert.
        CarePlan p = plan("medicare-part-a", List.of(visit(D, svc("pt", "97110", 40),
                svc("pt", "97530", 15, "\"patientsInSession\":2"), svc("pt", "A6531", 20))));
        assertEquals(1, alerts(p, "group-concurrent-cap").size());
        assertTrue(alerts(p, "group-concurrent-cap").get(0).message().contains("15 of 55 minutes (27.3%)"),
                alerts(p, "group-concurrent-cap").get(0).message());
    }

    @Test
    void overlappingMinutesNotMarkedAsCoTreatmentAreAnErrorAndBilledOnce() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 30, "\"start\":\"09:00\""),
                svc("ot", "97535", 30, "\"start\":\"09:15\""))));
        assertEquals(30, line(p, "pt", "97110").minutes());
        assertEquals(2, units(p, "pt", "97110"));
        assertEquals(15, line(p, "ot", "97535").minutes());
        assertEquals(1, units(p, "ot", "97535"));
        assertEquals(1, alerts(p, "overlapping-minutes").size());
        assertEquals("/visits/0/services/1", alerts(p, "overlapping-minutes").get(0).ref());
        assertEquals("error", alerts(p, "overlapping-minutes").get(0).severity());
    }

    @Test
    void oneDisciplineOverlappingItselfIsAnErrorToo() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 20, "\"start\":\"09:00\""),
                svc("pt", "97112", 20, "\"start\":\"09:10\""))));
        assertEquals(1, alerts(p, "overlapping-minutes").size());
        assertEquals(10, line(p, "pt", "97112").minutes());
        // 20 + 10 = 30 -> 2 units
        assertEquals(2, units(p, "pt", "97110") + units(p, "pt", "97112"));
    }

    @Test
    void backToBackServicesDoNotOverlap() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 30, "\"start\":\"09:00\""),
                svc("ot", "97535", 30, "\"start\":\"09:30\""))));
        assertEquals(0, alerts(p, "overlapping-minutes").size());
    }

    @Test
    void twoUntimedModalitiesGivenTogetherAreNoOverlap() {
        // Pub 100-04 ch.5 §20.2: an untimed code bills one unit whatever its minutes, so hot pack during
        // traction bills no minute twice (commercial payer: 97010 is not bundled there).
        CarePlan p = plan("commercial", List.of(visit(D, svc("pt", "97012", 15, "\"start\":\"11:00\""),
                svc("pt", "97010", 15, "\"start\":\"11:00\""))));
        assertEquals(0, alerts(p, "overlapping-minutes").size());
        assertEquals(1, units(p, "pt", "97012"));
        assertEquals(1, units(p, "pt", "97010"));
        assertEquals(15, line(p, "pt", "97010").minutes());
    }

    @Test
    void anUntimedLineOverlappingATimedOneKeepsItsUnitAndDoesNotSayItIsNotBilled() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 30, "\"start\":\"09:00\""),
                svc("pt", "97012", 15, "\"start\":\"09:15\""))));
        assertEquals("/visits/0/services/1", alerts(p, "overlapping-minutes").get(0).ref());
        assertEquals(0, line(p, "pt", "97012").minutes());
        assertEquals(1, units(p, "pt", "97012"));
        assertFalse(Billing.reasons(line(p, "pt", "97012")).contains("not billed again"));
    }

    @Test
    void aTimedLineThatLostMinutesSaysSo() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 20, "\"start\":\"09:00\""),
                svc("pt", "97112", 20, "\"start\":\"09:10\""))));
        assertTrue(Billing.reasons(line(p, "pt", "97112")).contains("not billed again"));
    }

    @Test
    void coTreatedLinesExplainTheirShareOfTheSession() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97530", 30, CO), svc("ot", "97530", 30, CO))));
        assertTrue(Billing.reasons(line(p, "ot", "97530")).contains("counts 15 of its 30 minutes delivered"));
    }

    @Test
    void coTreatmentMarkedByOneDisciplineAloneIsBilledAsDeliveredWithAWarning() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97530", 30, CO), svc("ot", "97535", 30))));
        assertEquals(2, units(p, "pt", "97530"));
        assertEquals(2, units(p, "ot", "97535"));
        assertEquals("warning", alerts(p, "cotreatment-split").get(0).severity());
    }

    /**
     * PT co-treats with two codes, 97110 20 and 97530 12 minutes, OT with 97535 32 minutes, no start times. Worked by
     * hand: shared = the smaller co-treated total, 32 minutes = 2 units; split, OT bills half the units rounded down,
     * 1 unit = 15 minutes, so PT keeps 32 - 15 = 17 of its 32 in proportion: 97110 17*20/32 = 10.625, 97530
     * 17*12/32 = 6.375; floors 10 + 6, the one minute left to the larger remainder (97110): 11 and 6. PT's 17 minutes
     * make one unit, on the code with the most minutes. The same in either listing order: the old rules gave the 15
     * minutes from the first listed service (fresh-user trial int-26, finding 13), then from the lowest code number.
     */
    @Test
    void aDisciplineCoTreatingWithTwoCodesGivesUpTheSameMinutesInEitherListingOrder() {
        assertSplitInEitherOrder("97110", 20, "97530", 12, 32, 11, 1, 6, 0);
    }

    @Test
    void aDisciplineGivesUpItsCoTreatedMinutesInProportionSoThePlannedCodeKeepsItsUnit() {
        // Trial b25: PT 97110 20 + 97112 10 beside OT 97535 30. Shared 30, PT's part 15 of its 30: 97110 keeps
        // 15*20/30 = 10 (one unit), 97112 15*10/30 = 5 (none). Code order first gave 97110 5 and 97112 10.
        assertSplitInEitherOrder("97110", 20, "97112", 10, 30, 10, 1, 5, 0);
    }

    @Test
    void equalRemaindersGiveTheLeftoverMinuteInCodeOrder() {
        // PT 97112 15 + 97110 15 beside OT 97535 30: PT keeps 15, 7.5 each; floors 7 + 7 and equal remainders,
        // so the minute left goes to the lower code, 97110: 8 (one unit) and 7 (none), in either listing order.
        assertSplitInEitherOrder("97110", 15, "97112", 15, 30, 8, 1, 7, 0);
    }

    /**
     * PT co-treats with codes {@code a} and {@code b} beside OT 97535 of {@code otMinutes}, all without start times,
     * listed both ways: each PT code keeps the given minutes and units, and OT 15 minutes, 1 unit.
     */
    private static void assertSplitInEitherOrder(String a, int aMinutes, String b, int bMinutes, int otMinutes,
            int aKept, int aUnits, int bKept, int bUnits) {
        for (boolean swapped : new boolean[] {false, true}) {
            String first = svc("pt", a, aMinutes, CO);
            String second = svc("pt", b, bMinutes, CO);
            CarePlan p = plan("medicare-part-b", List.of(visit(D, swapped ? second : first, swapped ? first : second,
                    svc("ot", "97535", otMinutes, CO))));
            String order = (swapped ? b : a) + " listed first";
            assertEquals(aKept, line(p, "pt", a).minutes(), order);
            assertEquals(aUnits, units(p, "pt", a), order);
            assertEquals(bKept, line(p, "pt", b).minutes(), order);
            assertEquals(bUnits, units(p, "pt", b), order);
            assertEquals(15, line(p, "ot", "97535").minutes(), order);
            assertEquals(1, units(p, "ot", "97535"), order);
            // The alert names each code's part (a < b in every call): what a biller checks against the note.
            String alert = alerts(p, "cotreatment-split").get(0).message();
            assertTrue(alert.endsWith("OT gives up " + (otMinutes - 15) + " of its " + otMinutes
                    + " co-treated minutes: 97535 keeps 15 of " + otMinutes + " delivered; PT gives up "
                    + (aMinutes + bMinutes - aKept - bKept) + " of its " + (aMinutes + bMinutes) + " co-treated minutes: "
                    + a + " keeps " + aKept + " of " + aMinutes + " delivered, " + b + " keeps " + bKept + " of "
                    + bMinutes + " delivered"), order + ": " + alert);
        }
    }

    @Test
    void theSplitAlertNamesEachCodesDeliveredAndKeptMinutes() {
        // Trial b25 worked by hand: PT 97110 20 + 97112 10, OT 97535 30, all co-treated, no start times. Shared
        // min(30, 30) = 30 minutes = 2 units; split: OT 1 unit = 15 minutes, PT 15. PT gives up 15 of its 30:
        // 97110 keeps 15*20/30 = 10, 97112 15*10/30 = 5 (no remainders). OT gives up 15 of its 30: 97535 keeps 15.
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 20, CO), svc("pt", "97112", 10, CO),
                svc("ot", "97535", 30, CO))));
        List<PlanAlert> split = alerts(p, "cotreatment-split");
        assertEquals(1, split.size());
        assertEquals("PT and OT treated together for 30 minutes on 2026-03-02 (as marked: the smaller of PT's and"
                + " OT's co-treated minutes): billed once, split so the pair's units equal the time (PT bills 15 of"
                + " them, OT 15); neither bills the whole time. OT gives up 15 of its 30 co-treated minutes: 97535"
                + " keeps 15 of 30 delivered; PT gives up 15 of its 30 co-treated minutes: 97110 keeps 10 of 20"
                + " delivered, 97112 keeps 5 of 10 delivered", split.get(0).message());
    }

    @Test
    void theSplitAlertNamesTheCodeThatGaveUpEverythingWhenOneDisciplineBillsTheSession() {
        // CMS's example, OT billing both units: PT 97530 30 gives up all 30 minutes, OT keeps its 30; two PT
        // services of 97530 (20 + 10) are added together in the alert, as on their one line.
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97530", 20, CO), svc("pt", "97530", 10, CO),
                svc("ot", "97530", 30, CO))), "\"billing\":{\"cotreatmentUnits\":\"ot\"}");
        assertEquals(0, units(p, "pt", "97530"));
        assertEquals(2, units(p, "ot", "97530"));
        String alert = alerts(p, "cotreatment-split").get(0).message();
        assertTrue(alert.endsWith("OT gives up 0 of its 30 co-treated minutes: 97530 keeps 30 of 30 delivered; PT"
                + " gives up 30 of its 30 co-treated minutes: 97530 keeps 0 of 30 delivered"), alert);
    }
}
