package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/** Plan-of-care deadlines, Pub 100-02 ch.15 §220. */
class DeadlinesTest {

    private static CarePlan plan(String asOf, String planOfCare, int treatmentDays) {
        List<String> visits = new ArrayList<>();
        LocalDate d = LocalDate.parse("2026-01-05");
        for (int i = 0; i < treatmentDays; i++) {
            visits.add(visit(d.plusDays(2L * i).toString(), svc("pt", "97110", 30)));
        }
        return Billing.planJson("{\"caseId\":\"t\",\"asOf\":\"" + asOf + "\",\"setting\":\"outpatient\",\"payer\":"
                + "{\"kind\":\"medicare-part-b\"},\"plansOfCare\":[" + planOfCare + "],\"visits\":["
                + String.join(",", visits) + "]}");
    }

    @Test
    void uncertifiedPlanPast30DaysIsAnError() {
        CarePlan p = plan("2026-02-10", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\"}", 1);
        assertEquals(1, alerts(p, "certification-due").size());
        assertEquals("error", alerts(p, "certification-due").get(0).severity());
    }

    @Test
    void uncertifiedPlanWithin30DaysIsAWarningWithItsDueDate() {
        CarePlan p = plan("2026-01-20", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\"}", 1);
        assertEquals("warning", alerts(p, "certification-due").get(0).severity());
        assertEquals(true, alerts(p, "certification-due").get(0).message().contains("2026-02-04"));
    }

    @Test
    void certifiedPlanRaisesNoCertificationAlert() {
        CarePlan p = plan("2026-02-10", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-09\"}", 1);
        assertEquals(0, alerts(p, "certification-due").size());
    }

    @Test
    void tenTreatmentDaysWithoutAProgressReportMakeOneDue() {
        String poc = "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-09\"}";
        assertEquals(1, alerts(plan("2026-02-10", poc, 10), "progress-report-due").size());
        assertEquals(0, alerts(plan("2026-02-10", poc, 9), "progress-report-due").size());
    }

    @Test
    void treatmentDaysCountFromTheLastProgressReport() {
        // 12 treatment days 2026-01-05 .. 2026-01-27 every other day: a report on 2026-01-07 leaves 10 after it,
        // one on 2026-01-09 leaves 9.
        String poc = "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-09\","
                + "\"progressReports\":[\"2026-01-07\"]}";
        assertEquals(1, alerts(plan("2026-02-10", poc, 12), "progress-report-due").size());
        String later = "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-09\","
                + "\"progressReports\":[\"2026-01-09\"]}";
        assertEquals(0, alerts(plan("2026-02-10", later, 12), "progress-report-due").size());
    }

    @Test
    void ninetyDaysAfterTheFirstTreatmentRecertificationIsDue() {
        String poc = "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-09\"}";
        assertEquals(1, alerts(plan("2026-04-05", poc, 1), "recertification-due").size());
        assertEquals(0, alerts(plan("2026-04-04", poc, 1), "recertification-due").size());
    }
}
