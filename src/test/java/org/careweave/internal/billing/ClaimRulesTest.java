package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.lines;
import static org.careweave.internal.billing.Billing.plan;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.units;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.junit.jupiter.api.Test;

/** Modifiers, Medicare's code list, NCCI edits with their dates, KX and medical review, duplicate risk. */
class ClaimRulesTest {

    private static final String D = "2026-03-02";

    @Test
    void ptLinesCarryGpAndOtLinesGo() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 15), svc("ot", "97535", 15))));
        assertEquals(List.of("GP"), line(p, "pt", "97110").modifiers());
        assertEquals(List.of("GO"), line(p, "ot", "97535").modifiers());
    }

    @Test
    void assistantLinesCarryCqOrCoAndNoteThe15PercentReduction() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 15, "\"byAssistant\":true"),
                svc("ot", "97535", 15, "\"byAssistant\":true"))));
        assertEquals(List.of("CQ", "GP"), line(p, "pt", "97110").modifiers());
        assertEquals(List.of("CO", "GO"), line(p, "ot", "97535").modifiers());
        assertTrue(Billing.reasons(line(p, "pt", "97110")).contains("85%"));
        assertTrue(Billing.reasons(line(p, "pt", "97110")).contains("15% reduction"));
    }

    @Test
    void hotPacksAreBundledUnderMedicareButBilledToCommercial() {
        CarePlan m = plan("medicare-part-b", List.of(visit(D, svc("pt", "97010", 10), svc("pt", "97110", 30))));
        assertEquals(0, units(m, "pt", "97010"));
        assertEquals(1, alerts(m, "bundled-code").size());
        assertTrue(Billing.reasons(line(m, "pt", "97010")).contains("bundled"));
        CarePlan c = plan("commercial", List.of(visit(D, svc("pt", "97010", 10), svc("pt", "97110", 30))));
        assertEquals(1, units(c, "pt", "97010"));
    }

    /**
     * A line not billed charges $0.00 whether or not its code has a fee row: 97010 bundled under Medicare (no fee
     * row) was null while 97110 whose minutes went elsewhere was 0.0 (fresh-user trial int-26, finding 13). An
     * unknown code, not billed, too; a billed line keeps units x fee (97110 2 units x $30.00).
     */
    @Test
    void everyLineNotBilledChargesZeroDollars() {
        CarePlan m = plan("medicare-part-b", List.of(visit(D, svc("pt", "97010", 10), svc("pt", "97110", 30))));
        assertEquals(0.0, line(m, "pt", "97010").charge());
        assertEquals(60.0, line(m, "pt", "97110").charge());
        CarePlan c = plan("commercial", List.of(visit(D, svc("pt", "99999", 10), svc("pt", "97110", 30))));
        assertEquals(0, units(c, "pt", "99999"));
        assertEquals(0.0, line(c, "pt", "99999").charge());
    }

    @Test
    void unattendedEStimIsBilledAsG0283UnderMedicare() {
        CarePlan m = plan("medicare-part-b", List.of(visit(D, svc("pt", "97014", 15))));
        ClaimLine l = line(m, "pt", "G0283");
        assertEquals(1, l.units());
        assertTrue(Billing.reasons(l).contains("97014 billed as G0283"), Billing.reasons(l));
        CarePlan c = plan("commercial", List.of(visit(D, svc("pt", "97014", 15))));
        assertEquals(1, units(c, "pt", "97014"));
    }

    @Test
    void evaluationHardEditOfJanuary2020DeniesTherapeuticActivitiesAcrossDisciplinesOnAFacilityClaim() {
        // A skilled nursing facility billing Part B: one institutional claim (TOB 22x), one provider, so PT's
        // evaluation and OT's 97530 are paired. In private practice (outpatient, professional claim) they are two
        // providers' lines and the edit does not pair them.
        String visits = "\"visits\":[" + visit("2020-01-10", svc("pt", "97161", 30), svc("ot", "97530", 30)) + "]";
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"setting\":\"skilled-nursing\",\"payer\":{\"kind\":"
                + "\"medicare-part-b\"}," + visits + "}");
        assertEquals(1, units(p, "pt", "97161"));
        assertEquals(0, units(p, "ot", "97530"));
        assertEquals(1, alerts(p, "edit-pair-denied").size());
        assertTrue(alerts(p, "edit-pair-denied").get(0).message().contains("lines of one institutional claim"));
        CarePlan office = plan("medicare-part-b", List.of(visit("2020-01-10", svc("pt", "97161", 30),
                svc("ot", "97530", 30))));
        assertEquals(2, units(office, "ot", "97530"));
        assertEquals(0, alerts(office, "edit-pair-denied").size());
    }

    @Test
    void evaluationHardEditNoLongerAppliesAfterItsDeletionOn2020_01_24() {
        CarePlan p = plan("medicare-part-b", List.of(visit("2020-02-01", svc("pt", "97161", 30),
                svc("ot", "97530", 30))));
        assertEquals(2, units(p, "ot", "97530"));
        assertEquals(0, alerts(p, "edit-pair-denied").size());
    }

    @Test
    void manualTherapyWithTherapeuticActivitiesSuggests59OnTheColumnTwoLine() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97140", 15), svc("pt", "97530", 15))));
        assertEquals(1, units(p, "pt", "97140"));
        assertEquals(1, units(p, "pt", "97530"));
        assertEquals(1, alerts(p, "edit-pair-modifier").size());
        assertEquals("/visits/0/services/1", alerts(p, "edit-pair-modifier").get(0).ref());
        assertTrue(Billing.reasons(line(p, "pt", "97530")).contains("59 or XU"));
        assertTrue(!Billing.reasons(line(p, "pt", "97140")).contains("59 or XU"));
    }

    @Test
    void separateClockIntervalsPutXuOnTheColumnTwoLine() {
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97140", 15, "\"start\":\"09:00\""),
                svc("pt", "97530", 15, "\"start\":\"09:15\""))));
        assertEquals(List.of("GP", "XU"), line(p, "pt", "97530").modifiers());
        assertEquals(List.of("GP"), line(p, "pt", "97140").modifiers());
        assertTrue(Billing.reasons(line(p, "pt", "97530"))
                .contains("non-overlapping intervals (97140 09:00-09:15, 97530 09:15-09:30)"));
        assertEquals(0, alerts(p, "edit-pair-modifier").size());
        CarePlan q = plan("medicare-part-b", List.of(visit(D, svc("pt", "97140", 15), svc("pt", "97530", 15))));
        assertEquals(List.of("GP"), line(q, "pt", "97530").modifiers(), "no start times: no modifier");
        assertEquals(1, alerts(q, "edit-pair-modifier").size());
    }

    @Test
    void commercialClaimsGetNoNcciAlerts() {
        CarePlan p = plan("commercial", List.of(visit(D, svc("pt", "97140", 15), svc("pt", "97530", 15))));
        assertEquals(0, alerts(p, "edit-pair-modifier").size());
    }

    @Test
    void kxIsOneAlertNamingItsLinesWhateverTheirOrder() {
        // $2,380 to date; 2026-03-09: 97140, 97110 and 97012 at 09:00 (fees.csv: 97110 $30, 97140 $28 a unit; timed 45
        // min -> 3 units). The date passes $2,480: every PT line carries KX, one alert for the date names them all,
        // and the alert and each line's reason read the same whichever way the services are listed.
        String a = svc("pt", "97140", 15), b = svc("pt", "97110", 30), c = svc("pt", "97012", 15);
        String head = "{\"caseId\":\"t\",\"asOf\":\"2026-03-09\",\"setting\":\"outpatient\",\"payer\":{\"kind\":"
                + "\"medicare-part-b\",\"allowedToDate\":{\"ptSlp\":2380,\"ot\":0}},\"visits\":[";
        CarePlan one = Billing.planJson(head + visit("2026-03-09", a, b, c) + "]}");
        CarePlan other = Billing.planJson(head + visit("2026-03-09", c, b, a) + "]}");
        for (CarePlan p : List.of(one, other)) {
            assertEquals(1, alerts(p, "kx-threshold").size(), alerts(p, "kx-threshold").toString());
            assertEquals("2026-03-09", alerts(p, "kx-threshold").get(0).ref());
            assertTrue(alerts(p, "kx-threshold").get(0).message().startsWith("KX on 2026-03-09 for PT 97012, PT 97110"
                    + " and PT 97140 (3 lines): the services of 2026-03-09 take allowed amounts toward the combined PT and"
                    + " SLP therapy threshold for 2026 to "), alerts(p, "kx-threshold").get(0).message());
            for (ClaimLine l : lines(p)) {
                assertTrue(l.modifiers().contains("KX"), l.toString());
                assertTrue(l.reasons().stream().noneMatch(r -> r.because().contains("listing order")), l.toString());
            }
        }
        assertEquals(alerts(one, "kx-threshold").get(0).message(), alerts(other, "kx-threshold").get(0).message());
        assertEquals(Billing.reasons(line(one, "pt", "97110")), Billing.reasons(line(other, "pt", "97110")));
    }

    @Test
    void aLaterDatePastTheThresholdIsCountedInTheSameAlert() {
        // $2,450 to date; 03-02 97110 2 units = $60 -> $2,510 (crossing); 03-04 97110 again -> $2,570: both dates carry
        // KX, one alert for the year names the first date, 2 lines of 2 dates and the $2,570 reached by the last
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-04\",\"setting\":\"outpatient\",\"payer\":"
                + "{\"kind\":\"medicare-part-b\",\"allowedToDate\":{\"ptSlp\":2450,\"ot\":0}},\"visits\":["
                + visit("2026-03-02", svc("pt", "97110", 30)) + "," + visit("2026-03-04", svc("pt", "97110", 30)) + "]}");
        assertEquals(List.of("2026-03-02"), alerts(p, "kx-threshold").stream().map(x -> x.ref()).toList());
        assertEquals("KX from 2026-03-02 through 2026-03-04 on 2 lines of 2 dates (PT 97110): the services of"
                + " 2026-03-02 take allowed amounts toward the combined PT and SLP therapy threshold for 2026 to $2,510.00,"
                + " past its $2,480.00 for the year, and reach $2,570.00 by 2026-03-04; every line of the threshold's"
                + " category on these dates carries KX, and KX attests the services are medically necessary and"
                + " documented", alerts(p, "kx-threshold").get(0).message());
        assertTrue(lines(p).stream().allMatch(l -> l.modifiers().contains("KX")), lines(p).toString());
    }

    @Test
    void aYearAlreadyPastTheThresholdSaysSoOnItsFirstDate() {
        // $2,500 allowed before the claim (past $2,480); 03-02 97110 2 units = $60 -> $2,560
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-04\",\"setting\":\"outpatient\",\"payer\":"
                + "{\"kind\":\"medicare-part-b\",\"allowedToDate\":{\"ptSlp\":2500,\"ot\":0}},\"visits\":["
                + visit("2026-03-02", svc("pt", "97110", 30)) + "]}");
        assertEquals(1, alerts(p, "kx-threshold").size());
        assertTrue(alerts(p, "kx-threshold").get(0).message().startsWith("KX on 2026-03-02 for PT 97110 (1 line):"
                + " allowed amounts toward the combined PT and SLP therapy threshold for 2026 were past its $2,480.00"
                + " for the year before 2026-03-02, and reach $2,560.00 by 2026-03-02; "),
                alerts(p, "kx-threshold").get(0).message());
    }

    @Test
    void kxGoesOnTheFirstLinePastTheYearsThreshold() {
        // 2026 threshold $2,480 (tables/thresholds.csv); 97110 at $30/unit (tables/fees.csv, illustrative).
        // $2,400 to date + 2 units ($60) = $2,460: no KX; next date +$60 = $2,520: KX.
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-04\",\"setting\":\"outpatient\",\"payer\":{\"kind\":"
                + "\"medicare-part-b\",\"allowedToDate\":{\"ptSlp\":2400,\"ot\":0}},\"visits\":["
                + visit("2026-03-02", svc("pt", "97110", 30), svc("ot", "97535", 30)) + ","
                + visit("2026-03-04", svc("pt", "97110", 30)) + "]}");
        assertEquals(List.of("GP"), p.claims().get(0).lines().get(0).modifiers());
        assertEquals(List.of("GP", "KX"), p.claims().get(1).lines().get(0).modifiers());
        assertEquals(List.of("GO"), otLine(p.claims().get(0).lines()).modifiers());
        assertEquals(1, alerts(p, "kx-threshold").size());
        assertEquals(0, alerts(p, "medical-review-threshold").size());
        // the alert and the line's KX reason cite the 2026 row's own source (unverified, secondary), not the rule's
        String row2026 = "CY2026 figure from secondary sources only (billing-service summaries of the CY2026 PFS"
                + " final rule); unverified: check the CMS Therapy Services page";
        assertEquals(row2026, alerts(p, "kx-threshold").get(0).source());
        assertTrue(p.claims().get(1).lines().get(0).reasons().stream()
                .anyMatch(r -> r.because().startsWith("KX:") && r.source().equals(row2026)),
                Billing.reasons(p.claims().get(1).lines().get(0)));
    }

    @Test
    void crossingThreeThousandDollarsRaisesTheMedicalReviewAlert() {
        // $2,950 + 4 units x $30 = $3,070.
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-02\",\"setting\":\"outpatient\",\"payer\":"
                + "{\"kind\":\"medicare-part-b\",\"allowedToDate\":{\"ptSlp\":2950}},\"visits\":["
                + visit("2026-03-02", svc("pt", "97110", 60)) + "]}");
        assertEquals(1, alerts(p, "medical-review-threshold").size());
        assertEquals("SSA §1833(g)(7)(B) (Bipartisan Budget Act of 2018 §50202)",
                alerts(p, "medical-review-threshold").get(0).source());
        assertEquals(List.of("GP", "KX"), line(p, "pt", "97110").modifiers());
    }

    @Test
    void anAreaTreatedByTheDisciplineThatDoesNotLeadItIsADuplicateRisk() {
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"setting\":\"outpatient\",\"payer\":{\"kind\":"
                + "\"medicare-part-b\"},\"findings\":[{\"area\":\"walk-150-feet\",\"level\":2}],\"visits\":["
                + visit(D, svc("pt", "97116", 20, "\"area\":\"walk-150-feet\""),
                        svc("ot", "97530", 20, "\"area\":\"walk-150-feet\"")) + "]}");
        assertEquals("pt", p.leadOf("walk-150-feet"));
        assertEquals(1, alerts(p, "duplicate-risk").size());
        String m = alerts(p, "duplicate-risk").get(0).message();
        // The area by its label, the services by code and place: no contract codes ("walk-150-feet", "pt 97116").
        assertEquals(D + ": Walking 150 feet is led by PT (97116, /visits/0/services/0) but OT also treated it (97530,"
                + " /visits/0/services/1); document distinct goals or drop one", m);
    }

    private static ClaimLine otLine(List<ClaimLine> lines) {
        return lines.stream().filter(l -> l.discipline().equals("ot")).findFirst().orElseThrow();
    }

    private static CarePlan inpatient(String payer, String setting, String... services) {
        return Billing.planJson("{\"caseId\":\"t\",\"setting\":\"" + setting + "\",\"payer\":{\"kind\":\""
                + payer + "\"},\"visits\":[" + visit(D, services) + "]}");
    }

    @Test
    void acutePartATherapyIsRecordedForTheHospitalsPerDischargeClaimNotPricedAsAProfessionalLine() {
        // Pub 100-04 ch.3 §10.4/§20: the hospital bills the inpatient's therapy on its 11x claim, paid per
        // discharge (MS-DRG): no place of service, no GP/GO, no fee-schedule charge; the minutes stay on the line.
        CarePlan p = inpatient("medicare-part-a", "acute", svc("pt", "97116", 10), svc("ot", "97165", 25));
        ClaimLine gait = line(p, "pt", "97116");
        assertEquals(List.of(), gait.modifiers());
        assertNull(gait.placeOfService());
        assertEquals("0420", gait.revenueCode());
        assertNull(gait.charge());
        assertEquals(10, gait.minutes());
        assertEquals(1, gait.units());
        assertTrue(Billing.reasons(gait).contains("paid within the stay"));
        assertTrue(Billing.reasons(gait).contains("type of bill 011x"));
        ClaimLine eval = line(p, "ot", "97165");
        assertEquals("0430", eval.revenueCode());
        assertNull(eval.charge());
        // Part B in the same hospital bed is still outpatient-style therapy billing on a 12x claim: GP and a fee.
        CarePlan b = inpatient("medicare-part-b", "acute", svc("pt", "97116", 10));
        assertEquals(List.of("GP"), line(b, "pt", "97116").modifiers());
        assertEquals(30.0, line(b, "pt", "97116").charge());
    }

    @Test
    void irfPartALinesCarryNoOutpatientModifierOrFeeAndCotreatmentIsNotCountedByTheNursingFacilityRule() {
        CarePlan p = inpatient("medicare-part-a", "inpatient-rehab",
                svc("pt", "97530", 30, "\"cotreatment\":true"), svc("ot", "97530", 30, "\"cotreatment\":true"));
        assertEquals(List.of(), line(p, "pt", "97530").modifiers());
        assertNull(line(p, "ot", "97530").charge());
        assertEquals(2, units(p, "pt", "97530"));
        assertEquals(2, units(p, "ot", "97530"));
        List<org.careweave.plan.PlanAlert> co = alerts(p, "cotreatment-split");
        assertEquals(1, co.size());
        assertEquals("warning", co.get(0).severity());
        assertTrue(!co.get(0).source().contains("RAI manual (MDS 3.0) ch.3 section O: co-treatment by two disciplines"),
                co.get(0).source());
        // The nursing facility keeps its MDS rule: each discipline records the full session.
        CarePlan snf = inpatient("medicare-part-a", "skilled-nursing",
                svc("pt", "97530", 30, "\"cotreatment\":true"), svc("ot", "97530", 30, "\"cotreatment\":true"));
        assertEquals("info", alerts(snf, "cotreatment-split").get(0).severity());
        assertTrue(alerts(snf, "cotreatment-split").get(0).message().contains("records the full session"));
    }

    @Test
    void snfPartATherapyIsRecordedForTheStaysPerDiemClaimWithoutOutpatientModifiersOrFees() {
        // Pub 100-04 ch.6 §10/§30: the SNF bills a covered Part A stay on its 21x claim, paid per day (PDPM, HIPPS on
        // revenue code 0022), therapy included: revenue code 0420/0430, no GP/GO (Part B's, ch.5 §20.1), no charge.
        CarePlan p = inpatient("medicare-part-a", "skilled-nursing", svc("pt", "97110", 38), svc("ot", "97535", 20));
        ClaimLine ex = line(p, "pt", "97110");
        assertEquals(List.of(), ex.modifiers());
        assertNull(ex.placeOfService());
        assertEquals("0420", ex.revenueCode());
        assertNull(ex.charge());
        // the minutes stay on the line; its units are calendar days of therapy (ch.6 §30.4): 38 minutes, 1 day
        assertEquals(38, ex.minutes());
        assertEquals(1, ex.units());
        assertTrue(Billing.reasons(ex).contains("paid within the stay"), Billing.reasons(ex));
        assertTrue(Billing.reasons(ex).contains("calendar days of therapy by discipline"), Billing.reasons(ex));
        assertTrue(Billing.reasons(ex).contains("type of bill 021x"), Billing.reasons(ex));
        ClaimLine adl = line(p, "ot", "97535");
        assertEquals(List.of(), adl.modifiers());
        assertEquals("0430", adl.revenueCode());
        assertNull(adl.charge());
        assertTrue(alerts(p, "fee-missing").isEmpty());
        // Part B in the same nursing facility bed (22x) is outpatient therapy: GP and the fee schedule's charge.
        CarePlan b = inpatient("medicare-part-b", "skilled-nursing", svc("pt", "97110", 38));
        assertEquals(List.of("GP"), line(b, "pt", "97110").modifiers());
        assertEquals(90.0, line(b, "pt", "97110").charge());
    }

    @Test
    void aPartANursingFacilityStayCountsEachDisciplinesTherapyDaysNotItsMinutes() {
        // CMS Pub 100-04 ch.6 §30.4 (Transmittal 2239, CR 7339): on the 21x claim the units of revenue codes 042x/043x
        // are the calendar days of therapy provided, whatever the minutes or services. PT: 97110 40 min and 97530
        // 25 min on one date, 97010 10 min (bundled) and 97110 50 min the next = 2 days; OT: 97535 45 min on the
        // first date = 1 day. The 15-minute count would give PT 5 units on the first date (65 minutes) and 3 on the
        // second.
        CarePlan p = Billing.planJson("{\"caseId\":\"t\",\"setting\":\"skilled-nursing\",\"payer\":{\"kind\":"
                + "\"medicare-part-a\"},\"visits\":[" + visit("2026-03-02", svc("pt", "97110", 40), svc("pt", "97530", 25),
                        svc("ot", "97535", 45)) + "," + visit("2026-03-03", svc("pt", "97010", 10), svc("pt", "97110", 50))
                + "]}");
        int ptDays = lines(p).stream().filter(l -> l.discipline().equals("pt")).mapToInt(ClaimLine::units).sum();
        int otDays = lines(p).stream().filter(l -> l.discipline().equals("ot")).mapToInt(ClaimLine::units).sum();
        assertEquals(2, ptDays);
        assertEquals(1, otDays);
        ClaimLine second = lines(p).stream().filter(l -> l.code().equals("97530")).findFirst().orElseThrow();
        assertEquals(0, second.units());
        assertEquals(25, second.minutes());
        assertTrue(Billing.reasons(second).contains("2026-03-02 is already counted on the 97110 line"),
                Billing.reasons(second));
        // 97010 sorts first on 2026-03-03 but is bundled (not billed): the day is counted on 97110, not lost
        ClaimLine packs = lines(p).stream().filter(l -> l.code().equals("97010")).findFirst().orElseThrow();
        assertEquals(0, packs.units());
        ClaimLine next = lines(p).stream().filter(l -> l.code().equals("97110") && l.minutes() == 50).findFirst()
                .orElseThrow();
        assertEquals(1, next.units());
    }

    @Test
    void theAssistantsLastUnitSaysWhichDeMinimisRuleItFollows() {
        // CY2020 PFS final rule: more than 10% of a service by the assistant; CY2022 (CMS's CQ/CO examples) applies
        // that to each 15-minute unit. 25 minutes all by the PTA: 2 units, both CQ, the last one in whole, not "10%".
        CarePlan whole = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 25, "\"byAssistant\":true"))));
        ClaimLine cq = line(whole, "pt", "97110");
        assertEquals(List.of("CQ", "GP"), cq.modifiers());
        assertEquals(2, cq.units());
        String why = Billing.reasons(cq);
        assertTrue(why.contains("all 10 minutes of it by the assistant (furnished in whole)"), why);
        assertTrue(why.contains("CY2022 PFS final rule") && why.contains("applied to each 15-minute unit"), why);
        assertTrue(!why.contains("more than 10% by the assistant, under 8 minutes by the therapist"), why);
        // PT 5 and PTA 5 minutes: one unit, 5 of its 10 minutes by the PTA (over 10%), the PT under 8 alone: CQ.
        CarePlan shared = plan("medicare-part-b",
                List.of(visit(D, svc("pt", "97110", 5), svc("pt", "97110", 5, "\"byAssistant\":true"))));
        String sharedWhy = Billing.reasons(line(shared, "pt", "97110"));
        assertTrue(sharedWhy.contains("of whose 10 minutes the assistant furnished 5 minutes, more than 10%, and the"
                + " therapist 5 minutes"), sharedWhy);
        assertTrue(sharedWhy.contains("de minimis standard applied per 15-minute unit"), sharedWhy);
    }

    @Test
    void aBilledCodeWithoutAFeeRowIsAWarningNotASilentBlankCharge() {
        CarePlan c = plan("commercial", List.of(visit(D, svc("pt", "97010", 10), svc("pt", "97110", 30))));
        assertEquals(1, units(c, "pt", "97010"));
        assertNull(line(c, "pt", "97010").charge());
        assertEquals(1, alerts(c, "fee-missing").size());
        assertTrue(alerts(c, "fee-missing").get(0).message().contains("97010"));
        // Medicare bundles 97010 (0 units, denied): nothing is billed, so no fee is missing.
        CarePlan m = plan("medicare-part-b", List.of(visit(D, svc("pt", "97010", 10), svc("pt", "97110", 30))));
        assertEquals(0, alerts(m, "fee-missing").size());
    }
}
