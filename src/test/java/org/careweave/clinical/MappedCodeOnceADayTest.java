package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/** A service Medicare pays under a code the date already bills (billing/medicare-codes.drl). */
class MappedCodeOnceADayTest {

    /**
     * Medicare pays 97014 as G0283, an untimed code billed once a day (Pub 100-04 ch.5 §20.2): with G0283 also
     * billed that date, the mapped 97014 line adds no second unit (trial b02 billed two G0283 units).
     */
    @Test
    void unattendedStimulationBilledBothWaysIsOneG0283Unit() {
        CarePlan p = plan("{ \"caseId\": \"g\", \"asOf\": \"2026-11-25\", \"patient\": { \"birthDate\": \"1950-03-10\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"code\": \"M54.50\", \"category\": \"low-back-pain\", \"onset\": \"2026-10-01\" } ],"
                + " \"findings\": [ { \"area\": \"pain\", \"region\": \"trunk\", \"score\": 6 } ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-02\" } ],"
                + " \"visits\": [ { \"date\": \"2026-11-10\", \"services\": ["
                + " { \"discipline\": \"pt\", \"code\": \"97110\", \"minutes\": 30, \"start\": \"09:00\" },"
                + " { \"discipline\": \"pt\", \"code\": \"G0283\", \"minutes\": 15, \"start\": \"09:30\" },"
                + " { \"discipline\": \"pt\", \"code\": \"97014\", \"minutes\": 15, \"start\": \"09:45\" } ] } ] }");
        int units = p.claims().stream().flatMap(c -> c.lines().stream()).filter(l -> l.code().equals("G0283"))
                .mapToInt(l -> l.units()).sum();
        assertEquals(1, units, p.claims().toString());
    }
}
