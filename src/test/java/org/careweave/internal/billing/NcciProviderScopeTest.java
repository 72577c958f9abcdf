package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.planJson;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * NCCI PTP edits pair one provider's services (NCCI Policy Manual ch.1; AOTA "NCCI edits"): on a professional claim
 * the rendering therapist's, here one discipline's; on an institutional claim (a facility's UB-04) every line.
 * Edit 97530/97535 has modifier indicator 1 (tables/edit-pairs.csv).
 */
class NcciProviderScopeTest {

    /** PT 97530 09:00-09:30 and OT 97535 09:15-09:45: overlapping, not co-treatment-marked, so no XU is possible. */
    private static CarePlan plan(String setting, String payer) {
        return planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-02\",\"setting\":\"" + setting + "\",\"payer\":{\"kind\":\""
                + payer + "\"},\"visits\":[" + visit("2026-03-02", svc("pt", "97530", 30),
                        svc("ot", "97535", 30)) + "]}");
    }

    @Test
    void aPtLineAndAnOtLineOfAProfessionalClaimAreNotPaired() {
        for (String payer : List.of("medicare-part-b", "medicaid")) {
            CarePlan p = plan("outpatient", payer);
            assertEquals(List.of(), alerts(p, "edit-pair-modifier"), payer);
            assertEquals(List.of("GO"), line(p, "ot", "97535").modifiers(), payer);
            assertTrue(Billing.reasons(line(p, "ot", "97535")).contains("NCCI edit 97530/97535 with the PT line not"
                    + " applied"), payer);
        }
    }

    @Test
    void aPtLineAndAnOtLineOfAFacilityClaimArePaired() {
        // Part B in a skilled nursing facility: institutional claim, TOB 22x (tables/claim-forms.csv). Without start
        // times the clock cannot show separate intervals, so the column-2 line is flagged for 59/XU.
        CarePlan p = plan("skilled-nursing", "medicare-part-b");
        assertEquals(1, alerts(p, "edit-pair-modifier").size());
        assertEquals("/visits/0/services/1", alerts(p, "edit-pair-modifier").get(0).ref());
        assertTrue(alerts(p, "edit-pair-modifier").get(0).message().contains("PT and OT lines of one institutional"
                + " claim"), alerts(p, "edit-pair-modifier").get(0).message());
    }

    @Test
    void oneDisciplinesOwnPairStillAppliesOnAProfessionalClaim() {
        CarePlan p = planJson("{\"caseId\":\"t\",\"asOf\":\"2026-03-02\",\"setting\":\"outpatient\",\"payer\":{\"kind\":"
                + "\"medicare-part-b\"},\"visits\":[" + visit("2026-03-02", svc("ot", "97530", 30),
                        svc("ot", "97535", 30)) + "]}");
        assertEquals(1, alerts(p, "edit-pair-modifier").size());
        assertEquals("/visits/0/services/1", alerts(p, "edit-pair-modifier").get(0).ref());
    }
}
