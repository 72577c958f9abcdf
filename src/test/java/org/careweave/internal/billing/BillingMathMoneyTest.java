package org.careweave.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.careweave.fact.billing.BillingMath;
import org.junit.jupiter.api.Test;

/**
 * BillingMath.money prints without String.format; it must print exactly what {@code "$%,.2f"} printed, which rounds
 * the shortest decimal digits of the double half-up (1.005 prints $1.01 though the double is just under 1.005).
 * The bounds keep the suite quick; run with {@code -Dmoney.wide=true} for every cent to $20,000, every tenth of a
 * cent to $1,000 and five times the random amounts (passed when written: 4.6 million amounts).
 */
class BillingMathMoneyTest {

    private static final boolean WIDE = Boolean.getBoolean("money.wide");
    private static final long CENTS = WIDE ? 2_000_000 : 500_000;
    private static final long MILLS = WIDE ? 1_000_000 : 200_000;
    private static final int SUMS = WIDE ? 500_000 : 100_000;
    private static final int RANDOM = WIDE ? 300_000 : 60_000;

    private static void same(double amount) {
        assertEquals(String.format(Locale.ROOT, "$%,.2f", amount), BillingMath.money(amount), "amount " + amount);
    }

    @Test
    void everyCentToFiveThousandDollarsBothSigns() {
        for (long cents = 0; cents <= CENTS; cents++) {
            same(cents / 100.0);
            if (cents % 7 == 0) {
                same(-cents / 100.0);
            }
        }
    }

    @Test
    void everyTenthOfACentToTwoHundredDollars() {
        // the half-cent ties: 0.005, 1.005 (just under), 2.675 (just under), 123.565 ...
        for (long mills = 0; mills <= MILLS; mills++) {
            same(mills / 1000.0);
        }
    }

    @Test
    void sumsOfCentsAsTheRulesAddThemAndRandomAmounts() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < SUMS; i++) {
            // a running total: cents added as doubles (e.g. 0.1 + 0.2 = 0.30000000000000004)
            double sum = 0;
            for (int k = random.nextInt(1, 6); k > 0; k--) {
                sum += random.nextInt(0, 1_000_000) / 100.0;
            }
            same(sum);
            same(random.nextInt(0, 100_000) * 0.85 + random.nextInt(0, 100) / 100.0);
        }
        for (int i = 0; i < RANDOM; i++) {
            double amount = Math.pow(10, random.nextDouble(-5, 8)); // 0.00001 to 100,000,000
            same(amount);
            same(-amount);
        }
    }

    @Test
    void edgesOfTheFastPathAndValuesOutsideIt() {
        double[] edges = {0.0, -0.0, 0.001, -0.001, Math.nextDown(0.001), Math.nextUp(0.001), 0.004, 0.005, 0.0049,
            0.995, 0.9951, 9_999_999.99, 9_999_999.994, 9_999_999.995, 9_999_999.999, Math.nextDown(1e7), 1e7,
            1e7 + 0.005, 12_345_678.905, 1e15, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.005, 2.675, 1.115, 999.995, 1_000.005};
        for (double e : edges) {
            same(e);
            same(-e);
        }
        assertEquals("$1.01", BillingMath.money(1.005));
        assertEquals("$2,410.00", BillingMath.money(2410));
        assertEquals("$-1,234,567.89", BillingMath.money(-1_234_567.89));
    }
}
