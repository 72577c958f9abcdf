package org.careweave.billing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.careweave.TestRules;
import org.careweave.model.BillingOptions;
import org.careweave.model.Case;
import org.careweave.model.Payer;
import org.careweave.model.Service;
import org.careweave.model.Visit;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;

/**
 * Invariants of billing over random cases run through the real rules. The generator knows nothing of the rules:
 * random payers, dates (2024-2026, after the 2020 hard edits), codes, minutes, co-treatment flags, start times
 * and assistants. What it asserts is stated from the contract and CMS Pub 100-04 ch.5 §20.2:
 * <ol>
 * <li>billed timed minutes on a date never exceed the delivered timed minutes counted once: co-treated minutes
 * once under bill-once payers, and never more than the clock time covered when every service has a start;</li>
 * <li>units always equal the 8-minute table applied to what was billed (per discipline and date under the CMS
 * method, per line under the per-code method; untimed lines one unit unless bundled);</li>
 * <li>no minute is in two claim lines: one line per date, discipline and code, whose minutes never exceed what
 * its own services delivered.</li>
 * </ol>
 */
class BillingPropertiesTest {

    private static final List<String> TIMED =
            List.of("97110", "97112", "97116", "97140", "97530", "97535", "97032", "97035");
    private static final List<String> UNTIMED = List.of("97161", "97165", "97150", "97010", "97014", "97018");
    private static final List<String> PAYERS =
            List.of("medicare-part-b", "medicare-part-a", "medicaid", "commercial", "self-pay");
    private static final Set<String> MEDICARE_CODES = Set.of("medicare-part-b", "medicare-part-a", "medicaid");
    private static final Set<String> CMS_METHOD = Set.of("medicare-part-b", "medicare-part-a", "medicaid");

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(BillingPropertiesTest::randomCase);
    }

    static Case randomCase(Random r) {
        String payer = PAYERS.get(r.nextInt(PAYERS.size()));
        String method = switch (r.nextInt(4)) {
            case 0 -> "per-code";
            case 1 -> "cms-total-time";
            default -> null;
        };
        List<Visit> visits = new ArrayList<>();
        int nVisits = 1 + r.nextInt(3);
        Set<LocalDate> used = new HashSet<>();
        for (int v = 0; v < nVisits; v++) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(1000));
            if (!used.add(date)) {
                continue;
            }
            boolean timesKnown = r.nextBoolean();
            List<Service> services = new ArrayList<>();
            int n = 1 + r.nextInt(6);
            for (int s = 0; s < n; s++) {
                String code = r.nextInt(4) == 0 ? UNTIMED.get(r.nextInt(UNTIMED.size()))
                        : TIMED.get(r.nextInt(TIMED.size()));
                services.add(new Service(r.nextBoolean() ? "pt" : "ot", code, r.nextInt(61), r.nextInt(3) == 0,
                        timesKnown ? LocalTime.of(8, 0).plusMinutes(r.nextInt(120)) : null, r.nextInt(10) == 0,
                        r.nextInt(8) == 0 ? 2 + r.nextInt(3) : null, null));
            }
            visits.add(new Visit(date, services));
        }
        String split = List.of("split", "pt", "ot").get(r.nextInt(3));
        return new Case("prop", LocalDate.of(2026, 12, 31), null, "outpatient",
                new Payer(payer, method, new Payer.AllowedToDate(r.nextInt(3500), r.nextInt(3500))),
                List.of(), List.of(), null, List.of(), List.of(), visits, List.of(), new BillingOptions(split));
    }

    @Property(tries = 10_000)
    void billedMinutesUnitsAndLinesHoldTheirInvariants(@ForAll("cases") Case c) {
        CarePlan plan = TestRules.planner().plan(c);
        Statistics.label("co-treatment shared").collect(plan.alerts().stream()
                .anyMatch(a -> a.kind().equals("cotreatment-split")));
        Statistics.label("overlapping minutes").collect(plan.alerts().stream()
                .anyMatch(a -> a.kind().equals("overlapping-minutes")));
        Statistics.label("KX").collect(plan.alerts().stream().anyMatch(a -> a.kind().equals("kx-threshold")));
        check(!plan.claims().isEmpty(), "no claims for " + c.visits().size() + " visits");
        boolean billOnce = !c.payer().kind().equals("medicare-part-a");
        boolean cms = c.payer().unitMethod() != null ? c.payer().unitMethod().equals("cms-total-time")
                : CMS_METHOD.contains(c.payer().kind());
        Map<LocalDate, Visit> visits = new HashMap<>();
        c.visits().forEach(v -> visits.put(v.date(), v));

        for (ClaimDate day : plan.claims()) {
            Visit visit = visits.get(day.date());
            check(visit != null, "claim date " + day.date() + " has no visit");
            List<Service> services = visit.services();

            // 3. one line per discipline and code; a line's minutes come only from its own services
            Set<String> keys = new HashSet<>();
            for (ClaimLine l : day.lines()) {
                check(keys.add(l.discipline() + " " + l.code()), "two lines " + l.discipline() + " " + l.code());
                String delivered = l.code().equals("G0283") ? "97014" : l.code();
                int own = services.stream().filter(s -> s.discipline().equals(l.discipline())
                        && s.code().equals(delivered)).mapToInt(Service::minutes).sum();
                check(l.minutes() <= own, l + " bills more than its services' " + own + " minutes");
            }

            // 1. billed timed minutes never exceed delivered timed minutes counted once
            int billedTimed = day.lines().stream().filter(l -> TIMED.contains(l.code()))
                    .mapToInt(ClaimLine::minutes).sum();
            List<Service> timed = services.stream().filter(s -> TIMED.contains(s.code())).toList();
            if (billOnce) {
                int all = timed.stream().mapToInt(Service::minutes).sum();
                int coPt = timed.stream().filter(s -> s.cotreatment() && s.discipline().equals("pt"))
                        .mapToInt(Service::minutes).sum();
                int coOt = timed.stream().filter(s -> s.cotreatment() && s.discipline().equals("ot"))
                        .mapToInt(Service::minutes).sum();
                check(billedTimed <= all - Math.min(coPt, coOt), day.date() + ": billed " + billedTimed
                        + " timed minutes of " + all + " with " + Math.min(coPt, coOt) + " shared");
                if (!timed.isEmpty() && timed.stream().allMatch(s -> s.start() != null)) {
                    int clock = clockMinutes(timed);
                    check(billedTimed <= clock, day.date() + ": billed " + billedTimed + " timed minutes but only "
                            + clock + " minutes of clock time were covered");
                }
            } else {
                for (String d : List.of("pt", "ot")) {
                    int billed = day.lines().stream().filter(l -> TIMED.contains(l.code()) && l.discipline().equals(d))
                            .mapToInt(ClaimLine::minutes).sum();
                    List<Service> mine = timed.stream().filter(s -> s.discipline().equals(d)).toList();
                    check(billed <= mine.stream().mapToInt(Service::minutes).sum(), d + " billed too many minutes");
                    if (!mine.isEmpty() && mine.stream().allMatch(s -> s.start() != null)) {
                        check(billed <= clockMinutes(mine), d + " billed more than its clock time");
                    }
                }
            }

            // 2. units equal the 8-minute table applied to what was billed
            for (String d : List.of("pt", "ot")) {
                List<ClaimLine> timedLines = day.lines().stream()
                        .filter(l -> l.discipline().equals(d) && TIMED.contains(l.code())).toList();
                if (cms) {
                    int minutes = timedLines.stream().mapToInt(ClaimLine::minutes).sum();
                    int units = timedLines.stream().mapToInt(ClaimLine::units).sum();
                    check(units == BillingMath.units(minutes), day.date() + " " + d + ": " + units + " units for "
                            + minutes + " minutes " + timedLines);
                } else {
                    for (ClaimLine l : timedLines) {
                        check(l.units() == BillingMath.units(l.minutes()), l + " per-code units");
                    }
                }
            }
            for (ClaimLine l : day.lines()) {
                if (!TIMED.contains(l.code())) {
                    boolean bundled = l.code().equals("97010") && MEDICARE_CODES.contains(c.payer().kind());
                    check(l.units() == (bundled ? 0 : 1), l + " untimed units");
                }
            }
        }
        // every delivered service is on some line
        for (Visit v : c.visits()) {
            for (Service s : v.services()) {
                boolean found = plan.claims().stream().filter(d -> d.date().equals(v.date()))
                        .flatMap(d -> d.lines().stream())
                        .anyMatch(l -> l.discipline().equals(s.discipline())
                                && (l.code().equals(s.code()) || (s.code().equals("97014") && l.code().equals("G0283"))));
                check(found, "service " + s + " on " + v.date() + " has no line");
            }
        }
    }

    /** Minutes of clock time covered by at least one of the services (all have a start). */
    private static int clockMinutes(List<Service> services) {
        boolean[] covered = new boolean[24 * 60 * 2];
        for (Service s : services) {
            int from = s.start().toSecondOfDay() / 60;
            for (int m = from; m < from + s.minutes(); m++) {
                covered[m] = true;
            }
        }
        int n = 0;
        for (boolean b : covered) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
