package org.careweave.internal.billing;

import static org.careweave.internal.billing.Billing.alerts;
import static org.careweave.internal.billing.Billing.line;
import static org.careweave.internal.billing.Billing.plan;
import static org.careweave.internal.billing.Billing.svc;
import static org.careweave.internal.billing.Billing.units;
import static org.careweave.internal.billing.Billing.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * Supply codes (HCPCS Level II A-codes, codes.csv kind supply) are items billed per item in the unit their code names,
 * never in the date's 8-minute total (CMS Pub 100-04 ch.5 §20.2 counts timed therapy codes). Trial 10 / stop 32: an
 * A-code was an unknown code, which held every line of its date at 0 units. The expected units are worked by hand.
 */
class SupplyUnitsTest {

    private static final String D = "2026-03-02";

    @Test
    void suppliesKeepTheDatesTimedUnitsAndBillOneUnitPerItem() {
        // 97110 23 + 97140 10 = 33 timed minutes -> 2 units (23-37 minutes); 97110 one full block, 8 left over;
        // 97140 none, 10 left over -> the second unit to 97140. Counting the stocking's 5 minutes would make 38
        // minutes = 3 units. A6448 is billed per yard: two services entered = 2 yards = 2 units; A6531 one stocking.
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 23), svc("pt", "97140", 10),
                svc("pt", "A6448", 0), svc("pt", "A6448", 0), svc("pt", "A6531", 5))));
        assertEquals(1, units(p, "pt", "97110"));
        assertEquals(1, units(p, "pt", "97140"));
        assertEquals(2, units(p, "pt", "A6448"));
        assertEquals(1, units(p, "pt", "A6531"));
        assertEquals(0, alerts(p, "unknown-code").size());
        assertEquals(0, alerts(p, "service-not-in-plan").size());
        // GP/GO mark therapy services of the CMS therapy code list; a supply item is none
        assertEquals(List.of("GP"), line(p, "pt", "97110").modifiers());
        assertEquals(List.of(), line(p, "pt", "A6448").modifiers());
        assertEquals(List.of(), line(p, "pt", "A6531").modifiers());
    }

    @Test
    void aSupplyAloneWithTwoTimedCodesDoesNotChangeTheirTotal() {
        // 97110 20 + 97112 17 = 37 minutes -> 2 units (the top of 23-37); 10 minutes of fitting an A6531 stocking
        // counted would make 47 -> 3 units. 97110 one block + 5 left, 97112 one block + 2 left: 1 unit each.
        CarePlan p = plan("medicare-part-b", List.of(visit(D, svc("pt", "97110", 20), svc("pt", "97112", 17),
                svc("pt", "A6531", 10))));
        assertEquals(1, units(p, "pt", "97110"));
        assertEquals(1, units(p, "pt", "97112"));
        assertEquals(1, units(p, "pt", "A6531"));
        assertTrue(line(p, "pt", "A6531").reasons().stream().anyMatch(r -> r.because().contains("no part of the date's timed total")),
                Billing.reasons(line(p, "pt", "A6531")));
    }

    @Test
    void inAPartAStayASupplyIsNoDayOfTherapy() {
        // CMS Pub 100-04 ch.6 §30.4: the 21x claim counts a discipline's calendar days of therapy. A stocking
        // ("A6531" sorts after "97110") must not carry a day, and a date with a supply alone adds none.
        CarePlan p = plan("medicare-part-a", List.of(visit(D, svc("pt", "97110", 40), svc("pt", "A6531", 5)),
                visit("2026-03-03", svc("pt", "A6531", 0))));
        assertEquals(1, Billing.lines(p).stream().filter(l -> l.code().equals("97110")).mapToInt(l -> l.units()).sum());
        assertEquals(2, Billing.lines(p).stream().filter(l -> l.code().equals("A6531")).mapToInt(l -> l.units()).sum());
        assertTrue(Billing.lines(p).stream().filter(l -> l.code().equals("A6531")).allMatch(l -> l.reasons().stream()
                .noneMatch(r -> r.because().contains("one day of PT"))));
    }
}
