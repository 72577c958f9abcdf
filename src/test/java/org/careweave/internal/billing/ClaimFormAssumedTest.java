package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.lines;
import static org.careweave.internal.billing.Billing.planJson;
import static org.careweave.internal.billing.Billing.reasons;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.junit.jupiter.api.Test;

/**
 * Trial 7: a payer and setting with no claim-forms.csv row fell silently to a professional claim priced by the fee
 * table; and two Medicare home health visits of one discipline on one date merged into one line. Now the fallback is
 * named on the lines and in a claim-form-assumed alert, and each Medicare home health visit is its own line (CMS Pub
 * 100-04 ch.10 §40.2: each visit on its own line, G-code in 15-minute increments: under 23 minutes 1, 23-37 2,
 * 38-52 3; §10.1.17: each visit counts toward the LUPA threshold).
 */
class ClaimFormAssumedTest {

    private static CarePlan plan(String setting, String payer, String... visits) {
        return planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-20\",\"setting\":\"" + setting + "\",\"payer\":{\"kind\":\""
                + payer + "\"},\"visits\":[" + String.join(",", visits) + "]}");
    }

    @Test
    void aPayerAndSettingWithNoRowAreBilledAsAnAssumptionTheBillerIsTold() {
        // Part A pays no outpatient therapy; the table has no row for it
        CarePlan p = plan("outpatient", "medicare-part-a", visit("2026-03-02", svc("pt", "97110", 30)));
        ClaimLine l = line(p, "pt", "97110");
        assertEquals("11", l.placeOfService(), reasons(l));
        assertTrue(reasons(l).contains("(assumed: no claim-forms.csv row for Medicare Part A in the outpatient clinic"
                + " setting: billed as a professional claim (CMS-1500)"), reasons(l));
        assertEquals(1, alerts(p, "claim-form-assumed").size());
        assertEquals("warning", alerts(p, "claim-form-assumed").get(0).severity());
        assertNull(alerts(p, "claim-form-assumed").get(0).ref());
    }

    @Test
    void aPayerAndSettingWithARowRaiseNoAssumedAlert() {
        for (String payer : List.of("medicare-part-b", "medicaid", "commercial", "self-pay")) {
            CarePlan p = plan("outpatient", payer, visit("2026-03-02", svc("pt", "97110", 30)));
            assertEquals(List.of(), alerts(p, "claim-form-assumed"), payer);
            assertEquals("11", line(p, "pt", "97110").placeOfService(), payer);
        }
        // Medicare Part B outpatient: the usual claim, nothing assumed
        ClaimLine partB = line(plan("outpatient", "medicare-part-b", visit("2026-03-02", svc("pt", "97110", 30))),
                "pt", "97110");
        assertTrue(!reasons(partB).contains("assumed"), reasons(partB));
    }

    /** A PT line of a facility's per-diem claim: revenue code 0420, no place of service, modifier or charge. */
    private static void assertFacilityTherapyLine(ClaimLine l) {
        assertNull(l.placeOfService(), reasons(l));
        assertEquals("0420", l.revenueCode(), reasons(l));
        assertEquals(List.of(), l.modifiers(), reasons(l));
        assertNull(l.charge(), reasons(l));
    }

    @Test
    void medicaidSkilledNursingIsTheFacilitysPerDiemClaimNotAProfessionalOne() {
        CarePlan p = plan("skilled-nursing", "medicaid", visit("2026-03-02", svc("pt", "97110", 30)));
        ClaimLine l = line(p, "pt", "97110");
        assertFacilityTherapyLine(l);
        assertTrue(reasons(l).contains("type of bill 021x"), reasons(l));
        assertTrue(reasons(l).contains("the skilled nursing facility is paid per day"), reasons(l));
        assertTrue(reasons(l).contains("assumed: most state Medicaid programs pay a nursing facility one per diem"),
                reasons(l));
        assertEquals(List.of(), alerts(p, "claim-form-assumed"));
    }

    /**
     * Claims2 left commercial skilled nursing without a row (a professional claim at fee-table prices, assumed). An
     * insurer's SNF contract usually pays the stay per day on the subacute room and board revenue codes, therapy
     * included (Florida Blue provider manual "Skilled Nursing Facilities": type of bill 21x), so the therapy is recorded
     * on the facility's 21x claim, not priced; 97110 30 minutes = 2 units by the per-code rule.
     */
    @Test
    void commercialSkilledNursingIsTheFacilitysPerDiemClaimWithTheContractAssumed() {
        CarePlan p = plan("skilled-nursing", "commercial", visit("2026-03-02", svc("pt", "97110", 30)));
        ClaimLine l = line(p, "pt", "97110");
        assertFacilityTherapyLine(l);
        assertEquals(2, l.units());
        assertTrue(reasons(l).contains("type of bill 021x, for commercial insurance"), reasons(l));
        assertTrue(reasons(l).contains("assumed: insurers' skilled nursing contracts usually pay a covered stay per day"),
                reasons(l));
        assertEquals(List.of(), alerts(p, "claim-form-assumed"));
    }

    @Test
    void twoMedicareHomeHealthVisitsOnOneDateAreTwoLinesEachWithItsOwnIncrements() {
        // morning 97110 30 (2 increments), afternoon 97110 30 (2): merged they read one 60-minute visit of 4
        CarePlan p = plan("home-health", "medicare-part-a", visit("2026-03-02", svc("pt", "97110", 30)),
                visit("2026-03-02", svc("pt", "97110", 30)));
        List<ClaimLine> g = lines(p).stream().filter(l -> l.code().equals("G0151")).toList();
        assertEquals(2, g.size(), lines(p).toString());
        for (ClaimLine l : g) {
            assertEquals(30, l.minutes(), reasons(l));
            assertEquals(2, l.units(), reasons(l));
            assertTrue(reasons(l).contains("delivered as 97110)"), reasons(l));
        }
    }

    @Test
    void theServicesOfOneMedicareHomeHealthVisitStayOneLine() {
        // one visit: 97110 25 + 97116 15 = 40 minutes = 3 increments, one G0151 line naming both codes
        CarePlan p = plan("home-health", "medicare-part-a",
                visit("2026-03-02", svc("pt", "97110", 25), svc("pt", "97116", 15)),
                visit("2026-03-02", svc("ot", "97535", 20)));
        ClaimLine pt = line(p, "pt", "G0151");
        assertEquals(40, pt.minutes());
        assertEquals(3, pt.units());
        assertTrue(reasons(pt).contains("delivered as 97110 and 97116)"), reasons(pt));
        ClaimLine ot = line(p, "ot", "G0152");
        assertEquals(1, ot.units());
        assertTrue(reasons(ot).contains("delivered as 97535)"), reasons(ot));
        assertEquals(2, lines(p).size());
    }

    @Test
    void aPerVisitPayerStillCountsTwoVisitsOfOneDateAsTwoUnits() {
        // Medicaid paid per visit: one line per date and code, a unit a visit (NY DOH CHHA billing update)
        CarePlan p = plan("home-health", "medicaid", visit("2026-03-02", svc("pt", "97110", 30)),
                visit("2026-03-02", svc("pt", "97110", 30)));
        assertEquals(2, line(p, "pt", "G0151").units());
    }
}
