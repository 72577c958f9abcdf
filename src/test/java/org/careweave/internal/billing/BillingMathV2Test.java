package org.careweave.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.careweave.fact.billing.BillingMath;
import org.careweave.fact.billing.ClockSpan;
import org.careweave.fact.billing.ServiceBilled;
import org.careweave.fact.billing.ServiceNet;
import org.junit.jupiter.api.Test;

/** The arithmetic behind the v2 billing rules, against values worked by hand. */
class BillingMathV2Test {

    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static ClockSpan span(String d, int from, int to) {
        return new ClockSpan("/x", 0, D, d, "97530", true, from, to, true);
    }

    @Test
    void aLineSumsItsServicesBilledDeliveredAndAssistantMinutes() {
        // Two 97110 services: 20 delivered, 5 lost to an overlap, 10 by the assistant (the cut comes from the
        // therapist's part: 15 billed, 10 of them the assistant's); 12 delivered, all billed, none by the assistant.
        ServiceBilled a = ServiceBilled.asNet(new ServiceNet("/visits/0/services/0", 0, D, "pt", "97110", true, true,
                false, false, 10, false, true, 20, 15));
        ServiceBilled b = ServiceBilled.asNet(new ServiceNet("/visits/0/services/1", 1, D, "pt", "97110", true, true,
                false, false, 0, false, true, 12, 12));
        assertEquals(10, a.assistantMinutes());
        assertEquals(27, BillingMath.sum(List.of(a, b), ServiceBilled::minutes));
        assertEquals(32, BillingMath.sum(List.of(a, b), ServiceBilled::delivered));
        assertEquals(10, BillingMath.sum(List.of(a, b), ServiceBilled::assistantMinutes));
        // an assistant who furnished more than is left after the cut bills at most the net minutes
        ServiceBilled c = ServiceBilled.asNet(new ServiceNet("/visits/0/services/2", 2, D, "pt", "97110", true, true,
                false, true, 20, false, true, 20, 15));
        assertEquals(15, c.assistantMinutes());
    }

    @Test
    void homeHealthVisitsCountFifteenMinuteIncrementsWithAnyTimeAtLeastOne() {
        // Pub 100-04 ch.10 §40.2 as Medicaid guides restate it: 1 to under 23 minutes 1, 23 to under 38 2, ...
        assertEquals(0, BillingMath.visitIncrements(0));
        assertEquals(1, BillingMath.visitIncrements(1));
        assertEquals(1, BillingMath.visitIncrements(22));
        assertEquals(2, BillingMath.visitIncrements(23));
        assertEquals(3, BillingMath.visitIncrements(40));
        assertEquals(3, BillingMath.visitIncrements(52));
        assertEquals(4, BillingMath.visitIncrements(53));
    }

    @Test
    void clockOverlapCountsEachMinuteOnceAndNamesTheSession() {
        // PT 09:00-09:30, OT 09:15-09:45: together 15 minutes, the session 45.
        List<ClockSpan> pt = List.of(span("pt", 540, 570));
        List<ClockSpan> ot = List.of(span("ot", 555, 585));
        assertEquals(15, BillingMath.overlapMinutes(pt, ot));
        assertEquals("09:15-09:30", BillingMath.overlapText(pt, ot));
        assertEquals("09:00-09:45, 45 minutes", BillingMath.sessionText(pt, ot));
        // two PT services over the same OT minutes: a minute is shared once
        assertEquals(15, BillingMath.overlapMinutes(List.of(span("pt", 540, 570), span("pt", 550, 560)), ot));
    }

    @Test
    void theCotreatmentSplitKeepsThePairsUnitsEqualToTheTime() {
        // PT 23 minutes with OT, OT 8 more alone: 31 minutes, 2 units. Halving the shared units (OT takes 15)
        // would bill PT 8 (1 unit) + OT 23 (2 units) = 3; OT taking none bills PT 23 (2) + OT 8 (1) = 3 too; OT
        // taking 8 bills PT 15 (1) + OT 16 (1) = 2.
        int x = BillingMath.cotreatmentOtShare(0, 8, 23, 15);
        assertEquals(2, BillingMath.units(23 - x) + BillingMath.units(8 + x));
        // CMS's example: 30 shared minutes, nothing else: one unit each, as the halving already gives.
        assertEquals(15, BillingMath.cotreatmentOtShare(0, 0, 30, 15));
        // the clock example: PT 15 alone, OT 15 alone, 15 shared: 45 minutes, 3 units, OT's half is none.
        assertEquals(0, BillingMath.cotreatmentOtShare(15, 15, 15, 0));
    }

    @Test
    void wordsCountAndTakeTheirArticle() {
        assertEquals("1 minute", BillingMath.minutes(1));
        assertEquals("0 units", BillingMath.count(0, "unit"));
        assertEquals("an OT assistant", BillingMath.an("OT assistant"));
        assertEquals("a PT assistant", BillingMath.an("PT assistant"));
    }

    @Test
    void assistantUnitsAreAllowedAtTheAssistantRate() {
        // 3 units of $30, 1 of them CQ at 85%: 60 + 25.50
        assertEquals(85.5, BillingMath.allowed(3, 30.0, 0.85, 1));
        assertEquals(90.0, BillingMath.charge(3, 30.0));
    }
}
