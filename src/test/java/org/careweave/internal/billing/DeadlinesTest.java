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
    void onTheNinetiethDayFromTheFirstTreatmentRecertificationIsDue() {
        // Day 1 is 2026-01-05 (the first treatment): January has 27 days from the 5th, February 28 (55), March 31
        // (86), so day 90 is 2026-04-04 = 2026-01-05 + 89, the last day the certification covers (trial 3: the old
        // rule waited for day 91 and said the 90 days "ran to" it).
        String poc = "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-09\"}";
        assertEquals(1, alerts(plan("2026-04-04", poc, 1), "recertification-due").size());
        assertEquals(true, alerts(plan("2026-04-04", poc, 1), "recertification-due").get(0).message()
                .contains("the 90-day certification runs through 2026-04-04, today"));
        assertEquals(0, alerts(plan("2026-04-03", poc, 1), "recertification-due").size());
        assertEquals(true, alerts(plan("2026-04-05", poc, 1), "recertification-due").get(0).message()
                .contains("the 90-day certification ran through 2026-04-04;"));
    }

    private static CarePlan plans(String asOf, String plansOfCare, String... visits) {
        return Billing.planJson("{\"caseId\":\"t\",\"asOf\":\"" + asOf + "\",\"setting\":\"outpatient\",\"payer\":"
                + "{\"kind\":\"medicare-part-b\"},\"plansOfCare\":[" + plansOfCare + "],\"visits\":["
                + String.join(",", visits) + "]}");
    }

    private static List<String> recertifications(CarePlan p) {
        return alerts(p, "recertification-due").stream().map(a -> a.ref() + " " + a.message()).sorted().toList();
    }

    @Test
    void twoServicesOnTheFirstDateAfterThePlanEndedGiveTheirPlanOneAlert() {
        // Both 2026-02-20 services fall after the 2026-02-15 end: one alert for the plan, at the first service
        // (the old rules gave one per service, the same message twice).
        CarePlan p = plans("2026-02-21", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-06\","
                + "\"end\":\"2026-02-15\"}", visit("2026-02-20", svc("pt", "97110", 30), svc("pt", "97112", 15)));
        assertEquals(List.of("/visits/0/services/0 PT treated on 2026-02-20, after the PT plan of care started 2026-01-05"
                + " ended on 2026-02-15: recertify the plan to cover the treatment"), recertifications(p));
    }

    @Test
    void aRecertifiedPlanTreatedPastItsEndAndPastItsNinetyDaysGetsOneAlertSayingBoth() {
        // Recertified 2026-03-01: its 90 days ran through 2026-05-29 (2026-03-01 + 89, day 1 = 03-01: March 31 days,
        // April 30 (61), May 29 (90)); the plan ended 2026-05-31 and PT
        // treated on 2026-06-08. The old rules gave the plan two recertification-due alerts, one per rule.
        CarePlan p = plans("2026-06-10", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-06\","
                + "\"recertified\":[\"2026-03-01\"],\"end\":\"2026-05-31\"}", visit("2026-06-08", svc("pt", "97110", 30)));
        assertEquals(List.of("/visits/0/services/0 PT treated on 2026-06-08, after the PT plan of care started 2026-01-05"
                + " ended on 2026-05-31 (last recertified 2026-03-01); its 90-day certification ran through 2026-05-29 as well:"
                + " recertify the plan to cover the treatment"), recertifications(p));
    }

    @Test
    void aNewPlanOfCareReplacesTheOneThatEndedSoNeitherIsDue() {
        // PT's first plan ended 2026-03-31 and its 90 days ran through 2026-04-04; a new PT plan began 2026-04-06 and
        // covers the 2026-06-08 treatment, its own 90 days running through 2026-07-04: nothing is due on 2026-06-10.
        CarePlan p = plans("2026-06-10", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-06\","
                + "\"end\":\"2026-03-31\"},{\"discipline\":\"pt\",\"start\":\"2026-04-06\",\"certified\":\"2026-04-07\"}",
                visit("2026-06-08", svc("pt", "97110", 30)));
        assertEquals(List.of(), recertifications(p));
    }

    @Test
    void thePlanRecordedAgainWithALaterRecertificationIsTheOneDue() {
        // The same PT plan twice, once with its 2026-01-20 recertification: one alert, from that recertification
        // (2026-01-20 + 89 = 2026-04-19, its 90th day), not a second one from the start (2026-04-04).
        CarePlan p = plans("2026-06-10", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-06\"},"
                + "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-06\",\"recertified\":[\"2026-01-20\"]}",
                visit("2026-06-08", svc("pt", "97110", 30)));
        assertEquals(List.of("null PT plan of care started 2026-01-05, last recertified 2026-01-20: the 90-day"
                + " certification ran through 2026-04-19; recertify to continue"), recertifications(p));
    }

    @Test
    void onePlanPerDisciplineEachDueGivesOneAlertEachNamedByDisciplineAndStart() {
        CarePlan p = plans("2026-06-10", "{\"discipline\":\"pt\",\"start\":\"2026-01-05\",\"certified\":\"2026-01-06\"},"
                + "{\"discipline\":\"ot\",\"start\":\"2026-01-07\",\"certified\":\"2026-01-08\"}",
                visit("2026-06-08", svc("pt", "97110", 30), svc("ot", "97535", 30)));
        assertEquals(List.of("null OT plan of care started 2026-01-07: the 90-day certification ran through"
                + " 2026-04-06; recertify to continue", "null PT plan of care started 2026-01-05: the 90-day certification"
                + " ran through 2026-04-04; recertify to continue"), recertifications(p));
    }
}
