package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.lines;
import static org.careweave.internal.billing.Billing.planJson;
import static org.careweave.internal.billing.Billing.reasons;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.junit.jupiter.api.Test;

/**
 * Medicaid and commercial claims in a hospital, rehabilitation facility or home health agency (tables/claim-forms.csv).
 * An inpatient stay is billed by the facility on the UB-04, type of bill 11x, whatever the payer (CMS Pub 100-04
 * ch.25), and paid per discharge or per day with the therapy included (Texas Medicaid Provider Procedures Manual,
 * Children's Services Handbook §2.17.2; OHCA "Rehabilitation Hospitals Reimbursement"); Medicaid's NCCI PTP edits and
 * MUEs cover only practitioner, ASC, outpatient hospital and DME claims paid by HCPCS/CPT code (Medicaid.gov "NCCI
 * Methodologies in Medicaid"). A home health agency bills 32x (33x discontinued 2013-10-01, CMS Transmittal 2694) and
 * Medicaid pays its therapy per visit (NY DOH CHHA billing update 2012: PT/OT counted in visits, a line per date).
 * Edit 97140/97530 has modifier indicator 1 (tables/edit-pairs.csv); 97035's MUE is 2 units (tables/mue.csv).
 */
class NonMedicareInstitutionalClaimTest {

    private static CarePlan plan(String setting, String payer, String... visits) {
        return planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-20\",\"setting\":\"" + setting + "\",\"payer\":{\"kind\":\""
                + payer + "\"},\"visits\":[" + String.join(",", visits) + "]}");
    }

    /** PT 97140 20 + 97530 25, no clock times: 45 minutes, 3 units (97530 x2: leftover 10 beats 5). */
    private static CarePlan pair(String setting) {
        return plan(setting, "medicaid", visit("2026-03-02", svc("pt", "97140", 20), svc("pt", "97530", 25)));
    }

    @Test
    void aMedicaidRehabilitationStayIsAnInstitutionalInpatientClaimWithNoGpNoFeeAndNoNcci() {
        CarePlan p = pair("inpatient-rehab");
        ClaimLine manual = line(p, "pt", "97140");
        ClaimLine activity = line(p, "pt", "97530");
        for (ClaimLine l : List.of(manual, activity)) {
            assertEquals("0420", l.revenueCode(), reasons(l));
            assertNull(l.placeOfService(), reasons(l));
            assertEquals(List.of(), l.modifiers(), reasons(l));
            assertNull(l.charge(), reasons(l));
        }
        assertEquals(1, manual.units());
        assertEquals(2, activity.units());
        assertEquals(List.of(), alerts(p, "edit-pair-modifier"));
        assertEquals(List.of(), alerts(p, "edit-pair-denied"));
        String why = reasons(activity);
        assertTrue(why.contains("type of bill 011x"), why);
        assertTrue(why.contains("paid per day"), why);
        // the payer-dependent method is named, not silently assumed
        assertTrue(why.contains("assumed: many state Medicaid programs pay an inpatient rehabilitation stay per day"), why);
        assertTrue(why.contains("NCCI edit 97140/97530 not applied"), why);
    }

    @Test
    void theSamePairOnAnOutpatientMedicaidClaimIsStillFlagged() {
        CarePlan p = pair("outpatient");
        ClaimLine activity = line(p, "pt", "97530");
        assertEquals("11", activity.placeOfService());
        assertNull(activity.revenueCode());
        assertEquals(List.of("GP"), activity.modifiers());
        // 2 units x $35.00 (tables/fees.csv)
        assertEquals(70.0, activity.charge(), 0.001);
        assertEquals(1, alerts(p, "edit-pair-modifier").size(), p.alerts().toString());
        assertEquals("/visits/0/services/1", alerts(p, "edit-pair-modifier").get(0).ref());
    }

    @Test
    void aMedicaidAcuteStayIsPaidPerDischargeAndItsPairIsNotApplied() {
        CarePlan p = pair("acute");
        ClaimLine activity = line(p, "pt", "97530");
        assertEquals("0420", activity.revenueCode());
        assertEquals(List.of(), activity.modifiers());
        assertEquals(List.of(), alerts(p, "edit-pair-modifier"));
        assertTrue(reasons(activity).contains("per discharge"), reasons(activity));
    }

    @Test
    void aMedicallyUnlikelyEditIsNotAppliedToAMedicaidInpatientStayButIsToAnOutpatientClaim() {
        // 97035 45 minutes alone: 3 units by the 8-minute rule (38-52), above its MUE of 2
        String v = visit("2026-03-02", svc("pt", "97035", 45));
        assertEquals(3, line(plan("inpatient-rehab", "medicaid", v), "pt", "97035").units());
        assertEquals(List.of(), alerts(plan("inpatient-rehab", "medicaid", v), "mue-exceeded"));
        assertEquals(1, alerts(plan("outpatient", "medicaid", v), "mue-exceeded").size());
    }

    @Test
    void aCommercialInpatientStayIsInstitutionalWithoutGoOrFee() {
        CarePlan p = plan("acute", "commercial", visit("2026-03-02", svc("ot", "97535", 20)));
        ClaimLine l = line(p, "ot", "97535");
        assertEquals("0430", l.revenueCode());
        assertEquals(List.of(), l.modifiers());
        assertNull(l.charge());
        // per-code method: 20 minutes = 1 unit
        assertEquals(1, l.units());
        assertTrue(reasons(l).contains("assumed: insurers' hospital contracts pay an inpatient stay per diem"), reasons(l));
    }

    @Test
    void aCommercialOutpatientClaimStaysProfessional() {
        CarePlan p = plan("outpatient", "commercial", visit("2026-03-02", svc("ot", "97535", 20)));
        ClaimLine l = line(p, "ot", "97535");
        assertEquals("11", l.placeOfService());
        assertEquals(List.of("GO"), l.modifiers());
        assertNotNull(l.charge());
    }

    @Test
    void medicaidHomeHealthBillsOneVisitLinePerDisciplineAndDateInVisits() {
        // two PT visits on one date (40 and 30 minutes) and an OT visit: G0151 x 2 visits, G0152 x 1
        CarePlan p = plan("home-health", "medicaid",
                visit("2026-03-02", svc("pt", "97110", 25), svc("pt", "97116", 15)),
                visit("2026-03-02", svc("pt", "97116", 30)),
                visit("2026-03-03", svc("ot", "97535", 50)));
        assertEquals(2, lines(p).size(), lines(p).toString());
        ClaimLine pt = line(p, "pt", "G0151");
        assertEquals(70, pt.minutes());
        assertEquals(2, pt.units(), reasons(pt));
        assertEquals("0420", pt.revenueCode());
        assertEquals(List.of(), pt.modifiers());
        assertTrue(reasons(pt).contains("type of bill 032x"), reasons(pt));
        ClaimLine ot = line(p, "ot", "G0152");
        assertEquals(1, ot.units(), reasons(ot));
        assertEquals("0430", ot.revenueCode());
    }

    /** Trial 7 c13: one PT visit, 97110 30 minutes (20 by the assistant) + 97140 10 minutes by the therapist. */
    private static final String SHARED_VISIT = visit("2026-03-02",
            svc("pt", "97110", 30, "\"assistantMinutes\":20"), svc("pt", "97140", 10));

    @Test
    void aVisitTheTherapistAndAssistantShareIsOneTherapistVisitLine() {
        // G0157 is for services performed by the assistant (CMS Transmittal 824); the therapist furnished 20 of the
        // 40 minutes, so the visit is the therapist's: one G0151 line of 40 minutes, no G0157. Trial 7 c13 (Medicaid,
        // paid per visit): 1 unit, one visit. Trial 7 c14 (Medicare Part A): 40 minutes = 3 increments (38-52), and
        // one line, so one visit towards the period's visit count.
        for (String payer : List.of("medicaid", "medicare-part-a")) {
            CarePlan p = plan("home-health", payer, SHARED_VISIT);
            assertEquals(1, lines(p).size(), payer + " " + lines(p));
            ClaimLine pt = line(p, "pt", "G0151");
            assertEquals(40, pt.minutes(), payer);
            assertEquals(payer.equals("medicaid") ? 1 : 3, pt.units(), reasons(pt));
        }
    }

    @Test
    void aCommercialAgencyBillsAVisitPerVisitWhoeverFurnishedPartOfIt() {
        // Trial 7 c04: 03-02 a visit the assistant furnished whole (45 minutes) -> G0157 x1; 03-04 the shared visit
        // and a second visit by the therapist alone (97116 15) -> G0151 x2 (two visits), not G0157 x1 + G0151 x2.
        CarePlan p = plan("home-health", "commercial",
                visit("2026-03-02", svc("pt", "97110", 25, "\"byAssistant\":true"),
                        svc("pt", "97116", 20, "\"byAssistant\":true")),
                SHARED_VISIT.replace("2026-03-02", "2026-03-04"),
                visit("2026-03-04", svc("pt", "97116", 15)));
        assertEquals(2, lines(p).size(), lines(p).toString());
        assertEquals(1, line(p, "pt", "G0157").units());
        ClaimLine therapist = line(p, "pt", "G0151");
        assertEquals(2, therapist.units(), reasons(therapist));
        assertEquals(55, therapist.minutes());
    }

    @Test
    void aServiceDeliveredInNoMinutesBillsNoUnitAndSaysWhy() {
        // Trial 7 h17: 97110 recorded with 0 minutes on a Medicaid rehabilitation stay: 0 units, and the line says why.
        CarePlan p = plan("inpatient-rehab", "medicaid", visit("2026-03-02", svc("pt", "97110", 0)));
        ClaimLine l = line(p, "pt", "97110");
        assertEquals(0, l.units());
        assertTrue(reasons(l).contains("was delivered in 0 minutes: no unit is billed"), reasons(l));
    }

    @Test
    void occupationalTherapyAloneRaisesTheMedicareEpisodeAlertOnlyUnderMedicare() {
        String v = visit("2026-03-02", svc("ot", "97535", 40));
        assertEquals(List.of(), alerts(plan("home-health", "medicaid", v), "episode-not-qualifying"));
        assertEquals(1, alerts(plan("home-health", "medicare-part-a", v), "episode-not-qualifying").size());
        // Medicare keeps its 15-minute increments: 40 minutes = 3
        assertEquals(3, line(plan("home-health", "medicare-part-a", v), "ot", "G0152").units());
    }

    @Test
    void selfPayInAHospitalIsAnItemisedInstitutionalStatementWithItsAssumptionNamed() {
        // a self-paying inpatient has no payer's claim: the hospital bills an itemised statement by revenue code from
        // its own charges (45 CFR 180.50), the fee table standing in for them: 97110 30 minutes alone = 2 units x $30
        CarePlan p = plan("acute", "self-pay", visit("2026-03-02", svc("pt", "97110", 30)));
        ClaimLine l = line(p, "pt", "97110");
        assertNull(l.placeOfService(), reasons(l));
        assertEquals("0420", l.revenueCode(), reasons(l));
        assertEquals(List.of(), l.modifiers(), reasons(l));
        assertEquals(2, l.units());
        assertEquals(60.0, l.charge(), 0.001);
        assertTrue(reasons(l).contains("assumed: a hospital bills an inpatient paying their own bill an itemised statement"),
                reasons(l));
        assertEquals(List.of(), alerts(p, "claim-form-assumed"));
    }
}
