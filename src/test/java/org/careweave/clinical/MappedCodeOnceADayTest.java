package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.junit.jupiter.api.Test;

/**
 * A service Medicare pays under a code the date already bills (billing/medicare-codes.drl, minutes.drl): the code is
 * replaced per service, before lines form, so both services make one line.
 */
class MappedCodeOnceADayTest {

    /**
     * Trial int-26 b02: PT 97110 30, 97010 10, 97035 8, G0283 15 and 97014 15 minutes on one date, Medicare Part B.
     * Worked by hand: 97014 is paid as G0283 (CMS HCPCS), so G0283 has both services, 15 + 15 = 30 minutes, and
     * being untimed bills one unit for the date (Pub 100-04 ch.5 §20.2) at $11.00 (fees.csv): one G0283 line (the
     * contract: one line per date, discipline, code and modifier set; the old rules wrote two, one at 0 units).
     * Timed: 97110 30 + 97035 8 = 38 minutes = 3 units by the 8-minute rule (38-52 minutes); 97110 two full blocks
     * = 2, 97035's 8 leftover minutes the third. 97010 is bundled: 0 units, charge $0.00 (not null).
     */
    @Test
    void unattendedStimulationBilledBothWaysIsOneG0283LineOfOneUnit() {
        CarePlan p = plan("{ \"caseId\": \"g\", \"asOf\": \"2026-11-25\", \"patient\": { \"birthDate\": \"1950-03-10\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"code\": \"M54.50\", \"category\": \"low-back-pain\", \"onset\": \"2026-10-01\" } ],"
                + " \"findings\": [ { \"area\": \"pain\", \"region\": \"trunk\", \"score\": 6 } ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-02\" } ],"
                + " \"visits\": [ { \"date\": \"2026-11-10\", \"services\": ["
                + " { \"discipline\": \"pt\", \"code\": \"97110\", \"minutes\": 30, \"start\": \"09:00\" },"
                + " { \"discipline\": \"pt\", \"code\": \"97010\", \"minutes\": 10, \"start\": \"09:30\" },"
                + " { \"discipline\": \"pt\", \"code\": \"97035\", \"minutes\": 8, \"start\": \"09:40\" },"
                + " { \"discipline\": \"pt\", \"code\": \"G0283\", \"minutes\": 15, \"start\": \"09:48\" },"
                + " { \"discipline\": \"pt\", \"code\": \"97014\", \"minutes\": 15, \"start\": \"10:03\" } ] } ] }");
        List<ClaimLine> lines = p.claims().get(0).lines();
        assertEquals(List.of("97010 0", "97035 1", "97110 2", "G0283 1"),
                lines.stream().map(l -> l.code() + " " + l.units()).toList(), lines.toString());
        ClaimLine g = lines.get(3);
        assertEquals(30, g.minutes());
        assertEquals(30, g.deliveredMinutes());
        assertEquals(List.of("GP"), g.modifiers());
        assertEquals(11.0, g.charge());
        String reasons = g.reasons().toString();
        assertTrue(reasons.contains("97014 billed as G0283: Medicare Part B does not recognise 97014"), reasons);
        assertTrue(reasons.contains("G0283 and 97014 services are one G0283 line"), reasons);
        assertEquals(0.0, lines.get(0).charge(), "a bundled line bills nothing: $0.00, like any 0-unit line");
    }
}
