package org.careweave.internal.billing;

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
import org.careweave.fact.billing.BillingMath;
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
    private static final List<String> UNTIMED = List.of("97161", "97165", "97150", "97010", "97014", "G0283", "97018");
    private static final Set<String> EVALUATIONS = Set.of("97161", "97165");
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
                int minutes = r.nextInt(61);
                boolean byAssistant = r.nextInt(10) == 0;
                int assistantMinutes = byAssistant ? minutes : r.nextInt(6) == 0 ? r.nextInt(minutes + 1) : 0;
                services.add(new Service(r.nextBoolean() ? "pt" : "ot", code, minutes, r.nextInt(3) == 0,
                        timesKnown ? LocalTime.of(8, 0).plusMinutes(r.nextInt(120)) : null, byAssistant,
                        r.nextInt(8) == 0 ? 2 + r.nextInt(3) : null, null, assistantMinutes));
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
        Statistics.label("group recoded").collect(plan.alerts().stream()
                .anyMatch(a -> a.kind().equals("group-billed-as-individual")));
        Statistics.label("CQ/CO split").collect(lines(plan).stream().anyMatch(l -> assistantModifier(l) != null)
                && lines(plan).stream().anyMatch(l -> assistantModifier(l) == null && TIMED.contains(l.code())));
        check(!plan.claims().isEmpty(), "no claims for " + c.visits().size() + " visits");
        String payer = c.payer().kind();
        // Part A nursing facility: each discipline records the full co-treatment session and group minutes keep
        // their codes (RAI manual ch.3 §O); every other payer bills shared minutes once and groups as 97150.
        boolean partA = payer.equals("medicare-part-a");
        boolean cms = c.payer().unitMethod() != null ? c.payer().unitMethod().equals("cms-total-time")
                : CMS_METHOD.contains(payer);
        Map<LocalDate, Visit> visits = new HashMap<>();
        c.visits().forEach(v -> visits.put(v.date(), v));

        for (ClaimDate day : plan.claims()) {
            Visit visit = visits.get(day.date());
            check(visit != null, "claim date " + day.date() + " has no visit");
            List<Service> services = visit.services();

            // 3. one line per discipline, code and modifier set; a code's lines bill no more than its own services
            Set<String> keys = new HashSet<>();
            Map<String, Integer> billedByCode = new HashMap<>();
            for (ClaimLine l : day.lines()) {
                check(keys.add(l.discipline() + " " + l.code() + " " + l.modifiers()), "two lines " + l);
                billedByCode.merge(l.discipline() + " " + l.code(), l.minutes(), Integer::sum);
            }
            billedByCode.forEach((key, billed) -> {
                String d = key.substring(0, 2);
                String code = key.substring(3);
                int own = services.stream().filter(s -> s.discipline().equals(d) && billedAs(s, payer).equals(code))
                        .mapToInt(Service::minutes).sum();
                check(billed <= own, day.date() + " " + key + " bills " + billed + " of its services' " + own);
            });

            // 4. no timed one-on-one code on a group or concurrent session (Part A nursing facility excepted)
            for (ClaimLine l : day.lines()) {
                if (TIMED.contains(l.code()) && !partA) {
                    check(services.stream().anyMatch(s -> s.discipline().equals(l.discipline())
                            && s.code().equals(l.code()) && !group(s)), l + " is billed only from group sessions");
                }
            }

            // 1. billed timed minutes never exceed delivered timed minutes counted once
            int billedTimed = day.lines().stream().filter(l -> TIMED.contains(l.code()))
                    .mapToInt(ClaimLine::minutes).sum();
            List<Service> timed = services.stream().filter(s -> TIMED.contains(s.code())).toList();
            if (!partA) {
                int all = timed.stream().mapToInt(Service::minutes).sum();
                int coPt = timed.stream().filter(s -> s.cotreatment() && s.discipline().equals("pt"))
                        .mapToInt(Service::minutes).sum();
                int coOt = timed.stream().filter(s -> s.cotreatment() && s.discipline().equals("ot"))
                        .mapToInt(Service::minutes).sum();
                boolean clocked = !timed.isEmpty() && timed.stream().allMatch(s -> s.start() != null);
                if (!clocked) {
                    check(billedTimed <= all - Math.min(coPt, coOt), day.date() + ": billed " + billedTimed
                            + " timed minutes of " + all + " with " + Math.min(coPt, coOt) + " shared");
                } else {
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

            // 2. units equal the 8-minute table applied to what was billed (a code's CQ/CO line counted with it)
            // (a Part A nursing facility stay: the 21x claim counts each discipline's date as one day of therapy, CMS
            // Pub 100-04 ch.6 §30.4: one unit on one billable line, whatever the minutes; none when none is billable)
            if (partA && "skilled-nursing".equals(c.setting())) {
                for (String d : List.of("pt", "ot")) {
                    List<ClaimLine> mine = day.lines().stream().filter(l -> l.discipline().equals(d)).toList();
                    boolean billable = mine.stream().anyMatch(l -> !(l.code().equals("97010")
                            || EVALUATIONS.contains(l.code()) && services.stream().anyMatch(s -> s.discipline().equals(d)
                                    && s.code().equals(l.code()) && (s.byAssistant() || s.assistantMinutes() > 0))));
                    int units = mine.stream().mapToInt(ClaimLine::units).sum();
                    check(units == (billable ? 1 : 0), day.date() + " " + d + ": " + units + " units for one day "
                            + mine);
                }
            } else {
                for (String d : List.of("pt", "ot")) {
                    List<ClaimLine> timedLines = day.lines().stream()
                            .filter(l -> l.discipline().equals(d) && TIMED.contains(l.code())).toList();
                    if (cms) {
                        int minutes = timedLines.stream().mapToInt(ClaimLine::minutes).sum();
                        int units = timedLines.stream().mapToInt(ClaimLine::units).sum();
                        check(units == BillingMath.units(minutes), day.date() + " " + d + ": " + units + " units for "
                                + minutes + " minutes " + timedLines);
                    } else {
                        Map<String, int[]> byCode = new HashMap<>();
                        for (ClaimLine l : timedLines) {
                            int[] mu = byCode.computeIfAbsent(l.code(), k -> new int[2]);
                            mu[0] += l.minutes();
                            mu[1] += l.units();
                        }
                        byCode.forEach((code, mu) -> check(mu[1] == BillingMath.units(mu[0]),
                                day.date() + " " + d + " " + code + " per-code units"));
                    }
                }
                for (ClaimLine l : day.lines()) {
                    if (!TIMED.contains(l.code())) {
                        boolean bundled = l.code().equals("97010") && MEDICARE_CODES.contains(payer);
                        boolean byAssistantEvaluation = EVALUATIONS.contains(l.code()) && services.stream()
                                .anyMatch(s -> s.discipline().equals(l.discipline()) && s.code().equals(l.code())
                                        && (s.byAssistant() || s.assistantMinutes() > 0));
                        check(l.units() == (bundled || byAssistantEvaluation ? 0 : 1), l + " untimed units");
                    }
                }
            }

            // 5. CQ/CO units never exceed the assistant's share, never sit on a 0-unit line, never on evaluations
            Map<String, Integer> assistantUnits = new HashMap<>();
            for (ClaimLine l : day.lines()) {
                String m = assistantModifier(l);
                if (m == null) {
                    continue;
                }
                check(payer.equals("medicare-part-b"), l + ": CQ/CO for " + payer);
                check(m.equals(l.discipline().equals("pt") ? "CQ" : "CO"), l + ": wrong assistant modifier");
                check(l.units() > 0, l + ": assistant modifier on a line without units");
                check(!EVALUATIONS.contains(l.code()), l + ": an evaluation billed with " + m);
                assistantUnits.merge(l.discipline() + " " + l.code(), l.units(), Integer::sum);
            }
            assistantUnits.forEach((key, units) -> {
                String d = key.substring(0, 2);
                String code = key.substring(3);
                int minutes = services.stream().filter(s -> s.discipline().equals(d) && billedAs(s, payer).equals(code)
                        ).mapToInt(BillingPropertiesTest::assistantMinutes).sum();
                check(units <= (minutes + 14) / 15 || !TIMED.contains(code), day.date() + " " + key + ": " + units
                        + " assistant units for " + minutes + " assistant minutes");
                check(minutes > 0, day.date() + " " + key + ": assistant units without assistant minutes");
            });
            // ... and never fewer than the assistant's whole 15-minute blocks the line bills, where nothing was
            // shared or cut (no co-treatment, no start times)
            if (payer.equals("medicare-part-b")) {
                Map<String, Integer> unitsByCode = new HashMap<>();
                day.lines().forEach(l -> unitsByCode.merge(l.discipline() + " " + l.code(), l.units(), Integer::sum));
                unitsByCode.forEach((key, units) -> {
                    String d = key.substring(0, 2);
                    String code = key.substring(3);
                    List<Service> mine = services.stream()
                            .filter(s -> s.discipline().equals(d) && billedAs(s, payer).equals(code)).toList();
                    if (TIMED.contains(code) && mine.stream().noneMatch(s -> s.cotreatment() || s.start() != null)) {
                        int blocks = mine.stream().mapToInt(BillingPropertiesTest::assistantMinutes).sum() / 15;
                        check(assistantUnits.getOrDefault(key, 0) >= Math.min(units, blocks), day.date() + " " + key
                                + ": " + assistantUnits.getOrDefault(key, 0) + " assistant units for " + blocks
                                + " whole assistant blocks of " + units + " units");
                    }
                });
            }
        }
        // every delivered service is on some line
        for (Visit v : c.visits()) {
            for (Service s : v.services()) {
                boolean found = plan.claims().stream().filter(d -> d.date().equals(v.date()))
                        .flatMap(d -> d.lines().stream())
                        .anyMatch(l -> l.discipline().equals(s.discipline()) && l.code().equals(billedAs(s, payer)));
                check(found, "service " + s + " on " + v.date() + " has no line");
            }
        }
    }

    /**
     * Co-treatment sessions with start times: PT and OT co-treated timed services (each discipline's back to back,
     * so only PT+OT minutes overlap), nothing else that day, Medicare Part B. The minutes billed are the clock time
     * of the session, each minute once; when they shared at least 15 minutes, the pair's units equal the units of
     * the session's clock time (CMS: co-treating therapists' units equal the total time).
     */
    @Property(tries = 2_000)
    void coTreatedUnitsEqualTheClockSession(@ForAll("sessions") Case c) {
        CarePlan plan = TestRules.planner().plan(c);
        List<Service> services = c.visits().get(0).services();
        int clock = clockMinutes(services);
        int shared = overlap(services.stream().filter(s -> s.discipline().equals("pt")).toList(),
                services.stream().filter(s -> s.discipline().equals("ot")).toList());
        List<ClaimLine> lines = lines(plan);
        int billed = lines.stream().mapToInt(ClaimLine::minutes).sum();
        Statistics.label("shared >= 15").collect(shared >= 15);
        check(billed == clock, "billed " + billed + " minutes of a " + clock + "-minute session " + services);
        int pt = BillingMath.units(lines.stream().filter(l -> l.discipline().equals("pt")).mapToInt(ClaimLine::minutes).sum());
        int ot = BillingMath.units(lines.stream().filter(l -> l.discipline().equals("ot")).mapToInt(ClaimLine::minutes).sum());
        check(pt + ot == lines.stream().mapToInt(ClaimLine::units).sum(), "units are not the 8-minute table's");
        if (shared >= 15) {
            check(pt + ot == BillingMath.units(clock), pt + " + " + ot + " units for a " + clock + "-minute session "
                    + "sharing " + shared + " minutes " + services + " -> " + lines);
        }
    }

    @Provide
    Arbitrary<Case> sessions() {
        return Arbitraries.randomValue(r -> {
            List<Service> services = new ArrayList<>();
            for (String d : List.of("pt", "ot")) {
                int at = 8 * 60 + r.nextInt(40);
                int n = 1 + r.nextInt(2);
                for (int i = 0; i < n; i++) {
                    int minutes = 5 + r.nextInt(40);
                    services.add(new Service(d, TIMED.get(r.nextInt(5)), minutes, true,
                            LocalTime.of(0, 0).plusMinutes(at), false, null, null));
                    at += minutes + r.nextInt(3) * 5;
                }
            }
            String split = List.of("split", "pt", "ot").get(r.nextInt(3));
            return new Case("session", LocalDate.of(2026, 12, 31), null, "outpatient",
                    new Payer("medicare-part-b", null, new Payer.AllowedToDate(0, 0)), List.of(), List.of(), null,
                    List.of(), List.of(), List.of(new Visit(LocalDate.of(2026, 3, 2), services)), List.of(),
                    new BillingOptions(split));
        });
    }

    private static int assistantMinutes(Service s) {
        return s.byAssistant() ? s.minutes() : s.assistantMinutes();
    }

    private static boolean group(Service s) {
        return s.patientsInSession() != null && s.patientsInSession() >= 2;
    }

    /**
     * The code a service's minutes are billed under: 97150 for a timed code in a group session (not Part A), G0283
     * for 97014 under payers following Medicare's code list.
     */
    private static String billedAs(Service s, String payer) {
        if (!payer.equals("medicare-part-a") && group(s) && TIMED.contains(s.code())) {
            return "97150";
        }
        return s.code().equals("97014") && MEDICARE_CODES.contains(payer) ? "G0283" : s.code();
    }

    private static String assistantModifier(ClaimLine l) {
        return l.modifiers().contains("CQ") ? "CQ" : l.modifiers().contains("CO") ? "CO" : null;
    }

    private static List<ClaimLine> lines(CarePlan plan) {
        return plan.claims().stream().flatMap(d -> d.lines().stream()).toList();
    }

    /** Clock minutes covered by a service of each list. */
    private static int overlap(List<Service> a, List<Service> b) {
        int n = 0;
        for (int m = 0; m < 24 * 60 * 2; m++) {
            final int minute = m;
            if (a.stream().anyMatch(s -> covers(s, minute)) && b.stream().anyMatch(s -> covers(s, minute))) {
                n++;
            }
        }
        return n;
    }

    private static boolean covers(Service s, int minute) {
        int from = s.start().toSecondOfDay() / 60;
        return minute >= from && minute < from + s.minutes();
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
