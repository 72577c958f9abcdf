package org.careweave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.junit.jupiter.api.Test;

/**
 * The largest case the contract allows (500 visit dates) with the bundled billing rules: the firing budget must not
 * blame a rule for the size of the claim. Before the running totals waited for the whole claim (salience -20 in
 * billing/threshold.drl), 500 dates x 4 services fired the running-total rule 911,972 times and the KX rule 473,087
 * times, and the plan failed as a self-activating rule; now every billing rule fires at most once per line (20,719
 * firings in all).
 *
 * <p>The KX crossings are worked out by hand from tables/fees.csv and thresholds.csv: PT bills 97110 and 97116, one
 * unit each at $30, so $60 a day; OT bills 97530 ($35) then 97535 ($33), $68 a day; lines count in billing order
 * (date, discipline, code). 2024 threshold $2,330: PT reaches $2,280 after 38 days, day 39 (Feb 8) 97110 makes
 * $2,310 and 97116 $2,340, the first past it, so both lines of Feb 8 carry KX (a date's lines carry it together,
 * billing/threshold.drl); OT reaches $2,312 after 34 days, day 35 (Feb 4) 97530 makes $2,347.
 * Medical review at $3,000: PT is exactly $3,000 after 50 days (not past it), day 51 (Feb 20) 97110 makes $3,030.
 * The year restarts: 2025 threshold $2,410, PT $2,400 after 40 days, 2025-02-10 97110 makes $2,430.
 */
class BigClaimTest {

    @Test
    void fiveHundredVisitDatesOfFourServicesArePlannedWithKxWhereTheThresholdIsCrossed() throws Exception {
        String visits = TestRules.fourServicesADay(500);
        Case big = CaseReader.read("""
                {"caseId": "big", "asOf": "2025-06-01", "setting": "outpatient",
                 "payer": {"kind": "medicare-part-b"}, "visits": [%s]}
                """.formatted(visits));
        CarePlan plan = CarePlanner.bundled().plan(big);
        // every date keeps its four lines: nothing dropped or merged by the size of the claim
        assertEquals(500, plan.claims().size());
        assertTrue(plan.claims().stream().allMatch(d -> d.lines().size() == 4), "a date without its four lines");

        assertEquals("2024-02-08 97110", firstKx(plan, "pt", 2024));
        assertEquals("2024-02-04 97530", firstKx(plan, "ot", 2024));
        assertEquals("2025-02-10 97110", firstKx(plan, "pt", 2025));
        List<String> review = plan.alerts().stream().filter(a -> a.kind().equals("medical-review-threshold"))
                .map(a -> a.message().substring(0, 10)).sorted().toList();
        assertTrue(review.contains("2024-02-20"), review.toString());
        // one kx-threshold alert per threshold category and year (not one per date), ref its first date with KX,
        // counting its dates and lines and the year's total by the last: PT 2024 from Feb 8, days 39-366 (328 dates,
        // 656 lines), $2,340 on Feb 8, 366 x $60 = $21,960 by Dec 31; OT 2024 from Feb 4, days 35-366 (332 dates,
        // 664 lines), 35 x $68 = $2,380, 366 x $68 = $24,888; PT 2025 from Feb 10, days 41-134 (94 dates, 188 lines),
        // 41 x $60 = $2,460, 134 x $60 = $8,040; OT 2025: 35 x $68 = $2,380, day 36 (Feb 5) 97530 makes $2,415 past
        // $2,410, days 36-134 (99 dates, 198 lines), 36 x $68 = $2,448, 134 x $68 = $9,112.
        List<String> kx = plan.alerts().stream().filter(a -> a.kind().equals("kx-threshold"))
                .map(a -> a.ref() + " " + a.message().substring(0, a.message().indexOf(';'))).sorted().toList();
        String pt = ": the services of %s take allowed amounts toward the combined PT and SLP therapy threshold for %d"
                + " to %s, past its %s for the year, and reach %s by %s";
        String ot = ": the services of %s take allowed amounts toward the OT therapy threshold for %d to %s, past its"
                + " %s for the year, and reach %s by %s";
        assertEquals(List.of(
                "2024-02-04 KX from 2024-02-04 through 2024-12-31 on 664 lines of 332 dates (OT 97530 and OT 97535)"
                        + ot.formatted("2024-02-04", 2024, "$2,380.00", "$2,330.00", "$24,888.00", "2024-12-31"),
                "2024-02-08 KX from 2024-02-08 through 2024-12-31 on 656 lines of 328 dates (PT 97110 and PT 97116)"
                        + pt.formatted("2024-02-08", 2024, "$2,340.00", "$2,330.00", "$21,960.00", "2024-12-31"),
                "2025-02-05 KX from 2025-02-05 through 2025-05-14 on 198 lines of 99 dates (OT 97530 and OT 97535)"
                        + ot.formatted("2025-02-05", 2025, "$2,448.00", "$2,410.00", "$9,112.00", "2025-05-14"),
                "2025-02-10 KX from 2025-02-10 through 2025-05-14 on 188 lines of 94 dates (PT 97110 and PT 97116)"
                        + pt.formatted("2025-02-10", 2025, "$2,460.00", "$2,410.00", "$8,040.00", "2025-05-14")), kx);
        // both lines of the crossing date and every later line of the year carry KX; none before it
        long ptKx2024 = lines(plan, "pt", 2024).stream().filter(l -> l.modifiers().contains("KX")).count();
        assertEquals(2 * (366 - 38), ptKx2024);
    }

    private static List<ClaimLine> lines(CarePlan plan, String discipline, int year) {
        return plan.claims().stream().filter(d -> d.date().getYear() == year)
                .flatMap(d -> d.lines().stream()).filter(l -> l.discipline().equals(discipline)).toList();
    }

    private static String firstKx(CarePlan plan, String discipline, int year) {
        for (ClaimDate d : plan.claims()) {
            if (d.date().getYear() != year) {
                continue;
            }
            for (ClaimLine l : d.lines()) {
                if (l.discipline().equals(discipline) && l.modifiers().contains("KX")) {
                    return d.date() + " " + l.code();
                }
            }
        }
        return "none";
    }
}
