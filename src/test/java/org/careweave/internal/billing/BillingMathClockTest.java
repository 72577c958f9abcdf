package org.careweave.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.careweave.fact.billing.BillingMath;
import org.junit.jupiter.api.Test;

/** BillingMath.clock prints without String.format; it must print exactly what the format did. */
class BillingMathClockTest {

    @Test
    void clockPrintsWhatTheFormatPrinted() {
        for (int m = -3000; m <= 3 * 24 * 60; m++) {
            assertEquals(String.format(Locale.ROOT, "%02d:%02d", (m / 60) % 24, m % 60), BillingMath.clock(m), "minute " + m);
        }
    }
}
