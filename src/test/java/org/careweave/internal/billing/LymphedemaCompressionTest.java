package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.plan;
import static org.careweave.internal.billing.Billing.reasons;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.units;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;

/**
 * Trial 8: Medicare does not pay the therapist's multi-layer compression bandaging (29581 leg, 29584 arm) as treatment
 * of lymphedema; it pays the manual lymph drainage (97140) and three sessions or fewer teaching the patient or
 * caregiver to bandage (97535) (Noridian "High Compression Bandage System Clarification", A52959/A55710; APTA
 * 2022-01-05 on the NCCI Policy Manual's lymphedema exception). 29581/29584 for another condition, and every other
 * payer, are unaffected. Units by CMS Pub 100-04 ch.5 §20.2: 97140 30 + 97535 15 = 45 timed minutes = 3 units, 2 and 1;
 * 29581/29584 are untimed (1 unit when billed).
 */
class LymphedemaCompressionTest {

    private static final String ARM = "\"conditions\":[{\"code\":\"I97.2\",\"category\":\"lymphedema\"}]";
    private static final String NO_LIMB = "\"conditions\":[{\"code\":\"I89.0\",\"category\":\"lymphedema\"}]";

    private static CarePlan session(String payer, String conditions, String compression) {
        return plan(payer, List.of(visit("2026-11-16", svc("ot", "97140", 30), svc("ot", "97535", 15),
                svc("ot", compression, 20))), conditions);
    }

    @Test
    void medicarePartBDeniesTheArmsBandagingForLymphedemaOfTheArmAndPaysTheDrainage() {
        CarePlan p = session("medicare-part-b", ARM, "29584");
        ClaimLine wrap = line(p, "ot", "29584");
        assertEquals(0, wrap.units(), reasons(wrap));
        assertEquals(0.0, wrap.charge());
        assertTrue(reasons(wrap).contains("not paid by Medicare Part B as treatment of lymphedema"), reasons(wrap));
        assertTrue(reasons(wrap).contains("97535"), reasons(wrap));
        assertEquals(2, units(p, "ot", "97140"));
        assertEquals(1, units(p, "ot", "97535"));
        assertTrue(reasons(line(p, "ot", "97140")).contains("the manual lymph drainage is paid"));
        List<PlanAlert> limits = alerts(p, "coverage-limit");
        assertEquals(1, limits.size(), p.alerts().toString());
        assertEquals("/visits/0/services/2", limits.get(0).ref());
        assertEquals("warning", limits.get(0).severity());
        // a line Medicare does not pay is not billed: no fee is missing for it
        assertEquals(List.of(), alerts(p, "fee-missing"));
    }

    @Test
    void aLymphedemaWhoseCodeNamesNoLimbDeniesEitherLimbsBandaging() {
        CarePlan p = session("medicare-part-b", NO_LIMB, "29581");
        assertEquals(0, units(p, "ot", "29581"));
        assertEquals(1, alerts(p, "coverage-limit").size());
    }

    @Test
    void theLegsBandagingBesideLymphedemaOfTheArmIsAnotherTreatmentAndIsBilled() {
        CarePlan p = session("medicare-part-b", ARM, "29581");
        assertEquals(1, units(p, "ot", "29581"));
        assertEquals(List.of(), alerts(p, "coverage-limit"));
        assertTrue(!reasons(line(p, "ot", "97140")).contains("manual lymph drainage is paid"));
    }

    @Test
    void commercialAndMedicaidPayersAreNotConcerned() {
        for (String payer : List.of("commercial", "medicaid")) {
            CarePlan p = session(payer, ARM, "29584");
            assertEquals(1, units(p, "ot", "29584"), payer);
            assertEquals(List.of(), alerts(p, "coverage-limit"), payer);
        }
    }

    @Test
    void aFourthDateOfTeachingUnderMedicareIsFlaggedNotTheThird() {
        List<String> visits = List.of(visit("2026-11-16", svc("ot", "97535", 15)),
                visit("2026-11-17", svc("ot", "97535", 15)), visit("2026-11-18", svc("ot", "97535", 15)));
        assertEquals(List.of(), alerts(plan("medicare-part-b", visits, ARM), "coverage-limit"));
        List<String> four = new java.util.ArrayList<>(visits);
        four.add(visit("2026-11-19", svc("ot", "97535", 15)));
        List<PlanAlert> limits = alerts(plan("medicare-part-b", four, ARM), "coverage-limit");
        assertEquals(1, limits.size(), limits.toString());
        assertEquals("/visits/3/services/0", limits.get(0).ref());
        assertTrue(limits.get(0).message().contains("after 3 earlier dates"), limits.get(0).message());
        // without lymphedema, 97535 is self-care training of any kind: no limit from this source
        assertEquals(List.of(), alerts(plan("medicare-part-b", four), "coverage-limit"));
        assertEquals(List.of(), alerts(plan("commercial", four, ARM), "coverage-limit"));
    }
}
