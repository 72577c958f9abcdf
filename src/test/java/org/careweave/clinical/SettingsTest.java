package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.plan.CarePlan;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/** Settings (issue 9): Medicare home health's qualifying disciplines, the IRF intensity, schedules per setting. */
class SettingsTest {

    private static String homeCase(String payer, String findings) {
        return "{ \"caseId\": \"s\", \"asOf\": \"2026-11-20\", \"setting\": \"home-health\","
                + " \"payer\": { \"kind\": \"" + payer + "\" }, \"findings\": [ " + findings + " ] }";
    }

    private static boolean alerted(CarePlan p, String kind) {
        return p.alerts().stream().anyMatch(a -> a.kind().equals(kind));
    }

    @Test
    void otAloneUnderMedicareHomeHealthIsNotAQualifyingEpisode() {
        CarePlan p = plan(homeCase("medicare-part-b", "{ \"area\": \"shower-bathe\", \"level\": 3 }"));
        assertTrue(p.discipline("ot").indicated());
        assertFalse(p.discipline("pt").indicated());
        assertTrue(alerted(p, "episode-not-qualifying"));
    }

    @Test
    void withPtTheHomeHealthEpisodeQualifiesAndOtMayJoinIt() {
        CarePlan p = plan(homeCase("medicare-part-a",
                "{ \"area\": \"shower-bathe\", \"level\": 3 }, { \"area\": \"walk-50-feet\", \"level\": 3 }"));
        assertTrue(p.discipline("ot").indicated() && p.discipline("pt").indicated());
        assertFalse(alerted(p, "episode-not-qualifying"));
    }

    @Test
    void medicaidHomeHealthHasNoQualifyingDisciplineRule() {
        // 42 CFR 440.70(b)(4): PT, OT and SLP are each an optional Medicaid home health service.
        CarePlan p = plan(homeCase("medicaid", "{ \"area\": \"shower-bathe\", \"level\": 3 }"));
        assertFalse(alerted(p, "episode-not-qualifying"));
    }

    @Test
    void inInpatientRehabTheThreeHoursADayAreSharedByTheTreatingDisciplines() {
        // 180 minutes a day (42 CFR 412.622(a)(3)(ii)) shared by PT and OT: 90 each, 5 days a week.
        CarePlan p = plan("{ \"caseId\": \"s\", \"asOf\": \"2026-11-20\", \"setting\": \"inpatient-rehab\","
                + " \"payer\": { \"kind\": \"medicare-part-a\" }, \"findings\": [ { \"area\": \"walk-50-feet\","
                + " \"level\": 2 }, { \"area\": \"lower-body-dressing\", \"level\": 2 } ] }");
        for (ScheduleItem s : p.schedule()) {
            assertEquals(5, s.visitsPerWeek());
            assertTrue(s.reasons().stream().map(Reason::because).anyMatch(b -> b.contains("about 90 minutes a day each")),
                    s.reasons().toString());
        }
        assertFalse(alerted(p, "episode-not-qualifying"));
    }

    @Test
    void acuteCareIsDailyWhileAdmitted() {
        CarePlan p = plan("{ \"caseId\": \"s\", \"asOf\": \"2026-11-20\", \"setting\": \"acute\","
                + " \"findings\": [ { \"area\": \"walk-50-feet\", \"level\": 2 } ] }");
        assertEquals(7, p.schedule().get(0).visitsPerWeek());
        assertEquals(1, p.schedule().get(0).weeks());
    }
}
