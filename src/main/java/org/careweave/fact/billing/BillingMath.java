package org.careweave.fact.billing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.fact.DeliveredService;
import org.careweave.model.PlanOfCare;

/**
 * Arithmetic the billing rules call ({@code import org.careweave.fact.billing.BillingMath;} in DRL). It decides
 * nothing: which minutes are pooled, which method applies and who gets co-treatment units are decided by the rules
 * under {@code rules/billing/}; this class only counts. Minutes are whole minutes, money is US dollars. Methods that
 * take {@code List<?>} take what a DRL {@code collect} gives (the element type is in each method's description).
 */
public final class BillingMath {

    private BillingMath() {}

    /**
     * The 8-minute rule's table (CMS Pub 100-04 ch.5 §20.2): 0-7 minutes no unit, 8-22 one, 23-37 two, and on in
     * steps of 15 ({@code floor((minutes + 7) / 15)} from 8 minutes up).
     *
     * @param minutes timed minutes, 0 or more
     * @return units of service
     */
    public static int units(int minutes) {
        return minutes < 8 ? 0 : (minutes + 7) / 15;
    }

    /**
     * Sum of the minutes of lines.
     *
     * @param lines {@link Line} facts (a DRL {@code collect} list)
     * @return total minutes
     */
    public static int totalMinutes(List<?> lines) {
        int total = 0;
        for (Object o : lines) {
            total += ((Line) o).minutes();
        }
        return total;
    }

    /**
     * Sum of one count over facts, e.g. the billed minutes of a line's services:
     * {@code BillingMath.sum( $all, ServiceBilled::minutes )}.
     *
     * @param <T>   the fact type
     * @param facts facts of type {@code T} (a DRL {@code collect} list)
     * @param count what to add up for each fact
     * @return the total
     */
    @SuppressWarnings("unchecked")
    public static <T> int sum(List<?> facts, java.util.function.ToIntFunction<T> count) {
        int total = 0;
        for (Object o : facts) {
            total += count.applyAsInt((T) o);
        }
        return total;
    }

    /**
     * The units one code gets when the units of a pooled total are shared among codes: each code first gets
     * its whole 15-minute blocks, then the units left over go one each to the codes with the most leftover
     * minutes (ties: more minutes in all, then the lower code, so the result is stable). The total follows
     * {@link #units(int)} (CMS Pub 100-04 ch.5 §20.2, total timed minutes).
     *
     * @param lines the {@link Line}s of one pool (a DRL {@code collect} list)
     * @param code  the CPT code whose share is wanted
     * @return units of service for {@code code}
     */
    public static int totalTimeShare(List<?> lines, String code) {
        List<Line> all = new ArrayList<>();
        for (Object o : lines) {
            all.add((Line) o);
        }
        int units = units(totalMinutes(all));
        int blocks = 0;
        for (Line l : all) {
            blocks += l.minutes() / 15;
        }
        int left = units - blocks;
        List<Line> byLeftover = new ArrayList<>(all);
        byLeftover.sort(Comparator.comparingInt((Line l) -> -(l.minutes() % 15))
                .thenComparingInt(l -> -l.minutes())
                .thenComparing(Line::code));
        int share = 0;
        for (Line l : all) {
            if (l.code().equals(code)) {
                share = l.minutes() / 15;
            }
        }
        for (int i = 0; i < byLeftover.size() && left > 0; i++, left--) {
            Line l = byLeftover.get(i);
            if (l.minutes() % 15 == 0) {
                break;
            }
            if (l.code().equals(code)) {
                share++;
            }
        }
        return share;
    }

    /**
     * The co-treatment minutes OT bills when the shared units are split: OT takes half the units (rounded down)
     * as whole 15-minute blocks, PT the rest of the minutes; so each side's units from the 8-minute table add up
     * to the units of the shared time.
     *
     * @param shared co-treated minutes
     * @return OT's minutes, a multiple of 15
     */
    public static int otSplitShare(int shared) {
        return 15 * (units(shared) / 2);
    }

    /**
     * Minutes since midnight.
     *
     * @param time a clock time
     * @return 0 to 1439
     */
    public static int minuteOfDay(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    /**
     * A minute of the day as "09:05".
     *
     * @param minuteOfDay minutes since midnight
     * @return {@code HH:mm}
     */
    public static String clock(int minuteOfDay) {
        if (minuteOfDay < 0) { // never for a start time; kept exactly as the format below prints it
            return String.format(Locale.ROOT, "%02d:%02d", (minuteOfDay / 60) % 24, minuteOfDay % 60);
        }
        // The same text as String.format("%02d:%02d", ...) for hours 0-23 and minutes 0-59, without parsing a format
        // string per call (the billing rules' messages call this for every overlap and NCCI interval).
        int h = (minuteOfDay / 60) % 24;
        int m = minuteOfDay % 60;
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':',
                (char) ('0' + m / 10), (char) ('0' + m % 10)});
    }

    /**
     * A position in the case that sorts services: visit first, then service.
     *
     * @param visitIndex   index of the visit in the case, from 0
     * @param serviceIndex index of the service in its visit, from 0 (under 1000)
     * @return a sort key
     */
    public static int seq(int visitIndex, int serviceIndex) {
        return visitIndex * 1000 + serviceIndex;
    }

    /**
     * Clamps a number of minutes to 0..max.
     *
     * @param minutes minutes
     * @param max     the most allowed
     * @return minutes within 0..max
     */
    public static int clamp(int minutes, int max) {
        return Math.max(0, Math.min(minutes, max));
    }

    /**
     * What a discipline keeps of its co-treated minutes on a date once it gives up {@code given} of them: the
     * minutes it keeps ({@code kept}), the sum of the services' minutes ({@code total}), and how many of them get one
     * minute more than their proportional floor ({@code leftover}; the rules pick which, largest remainder first).
     *
     * @param nets  each co-treated timed service's net minutes (numbers from a DRL collectList)
     * @param given the minutes the discipline gives up (clamped to 0..total)
     * @return the discipline's kept minutes, total and leftover
     */
    public static KeptMinutes keptMinutes(List<?> nets, int given) {
        int total = 0;
        for (Object n : nets) {
            total += intOf(n);
        }
        int kept = total - clamp(given, total);
        int floors = 0;
        for (Object n : nets) {
            floors += keptFloor(intOf(n), kept, total);
        }
        return new KeptMinutes(kept, total, kept - floors);
    }

    /**
     * What each discipline gave up of its co-treated minutes on a date and what each of its codes kept, in words a
     * biller can check against the visit note: "OT gives up 15 of its 30 co-treated minutes: 97535 keeps 15 of 30
     * delivered; PT gives up 15 of its 30 co-treated minutes: 97110 keeps 10 of 20 delivered, 97112 keeps 5 of 10
     * delivered". Disciplines and codes in sorted order; several services of one code are added together.
     *
     * @param billed the co-treated timed services' {@link ServiceBilled} facts of the date (other objects ignored)
     * @param nets   the same services' {@link ServiceNet} facts (what each had before the share was taken)
     * @return the disciplines' parts joined by "; ", or "" when there is none
     */
    public static String keptText(List<?> billed, List<?> nets) {
        Map<String, Integer> netOf = new TreeMap<>();
        for (Object o : nets) {
            if (o instanceof ServiceNet n) {
                netOf.merge(n.discipline(), n.net(), Integer::sum);
            }
        }
        // discipline -> code -> {delivered, kept}
        Map<String, Map<String, int[]>> codes = new TreeMap<>();
        for (Object o : billed) {
            if (o instanceof ServiceBilled b) {
                int[] dk = codes.computeIfAbsent(b.discipline(), d -> new TreeMap<>())
                        .computeIfAbsent(b.code(), c -> new int[2]);
                dk[0] += b.delivered();
                dk[1] += b.minutes();
            }
        }
        List<String> parts = new ArrayList<>();
        codes.forEach((d, byCode) -> {
            int total = netOf.getOrDefault(d, 0);
            int kept = byCode.values().stream().mapToInt(dk -> dk[1]).sum();
            List<String> each = new ArrayList<>();
            byCode.forEach((c, dk) -> each.add(c + " keeps " + dk[1] + " of " + dk[0] + " delivered"));
            parts.add(d.toUpperCase(Locale.ROOT) + " gives up " + (total - kept) + " of its "
                    + count(total, "co-treated minute") + ": " + String.join(", ", each));
        });
        return String.join("; ", parts);
    }

    /**
     * A service's whole minutes of its discipline's kept minutes in proportion to its own: floor(kept * net / total).
     *
     * @param net   the service's net minutes
     * @param kept  the minutes its discipline keeps
     * @param total the discipline's co-treated minutes
     * @return its proportional floor, 0 when total is 0
     */
    public static int keptFloor(int net, int kept, int total) {
        return total == 0 ? 0 : (int) ((long) kept * net / total);
    }

    /**
     * What {@link #keptFloor} leaves over, in 1/total minutes: (kept * net) mod total. The rules give the leftover
     * minutes to the largest remainders.
     *
     * @param net   the service's net minutes
     * @param kept  the minutes its discipline keeps
     * @param total the discipline's co-treated minutes
     * @return the remainder, 0 when total is 0
     */
    public static int keptRemainder(int net, int kept, int total) {
        return total == 0 ? 0 : (int) ((long) kept * net % total);
    }

    /**
     * A number a DRL accumulate gives (Integer, Long, Double...) as an int.
     *
     * @param number a {@link Number}, or null
     * @return its int value, 0 for null
     */
    public static int intOf(Object number) {
        return number == null ? 0 : ((Number) number).intValue();
    }

    /**
     * A number a DRL accumulate gives as a double.
     *
     * @param number a {@link Number}, or null
     * @return its double value, 0 for null
     */
    public static double doubleOf(Object number) {
        return number == null ? 0 : ((Number) number).doubleValue();
    }

    /**
     * Money as a message shows it: "$2,410.00".
     *
     * @param amount US dollars
     * @return the amount with a dollar sign, thousands separators and cents
     */
    public static String money(double amount) {
        double abs = Math.abs(amount);
        if (!(abs >= 0.001 && abs < 1e7)) {
            // zero, tiny, huge, NaN, infinite: rare; the format's own text
            return String.format(Locale.ROOT, "$%,.2f", amount);
        }
        // The same text as the format, without parsing a format string per call (the billing rules' messages call
        // this for every fee and threshold). Formatter rounds the shortest decimal digits that identify the double
        // half-up (1.005, stored as 1.00499999999999989..., prints 1.01), and Double.toString gives those digits,
        // in plain notation for 0.001 <= x < 10^7. BillingMathMoneyTest compares the two on every cent to $20,000,
        // every tenth of a cent to $1,000, sums of cents and random amounts.
        String digits = Double.toString(abs);
        int dot = digits.indexOf('.');
        long cents = Long.parseLong(digits, 0, dot, 10) * 100 + 10 * digitAt(digits, dot + 1) + digitAt(digits, dot + 2)
                + (digitAt(digits, dot + 3) >= 5 ? 1 : 0);
        return dollars(amount < 0, cents);
    }

    private static int digitAt(String digits, int i) {
        return i < digits.length() ? digits.charAt(i) - '0' : 0;
    }

    /** "$1,234.50" (or "$-1,234.50") for a whole number of cents, 0 or more. */
    private static String dollars(boolean negative, long cents) {
        String whole = Long.toString(cents / 100);
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + 5);
        out.append(negative ? "$-" : "$");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        long c = cents % 100;
        return out.append('.').append((char) ('0' + c / 10)).append((char) ('0' + c % 10)).toString();
    }

    /**
     * A line's allowed amount in dollars: its units times the fee, the {@code assistantUnits} of them times the
     * assistant payment factor (e.g. 0.85), rounded to cents.
     *
     * @param units          units of service on the line
     * @param fee            allowed fee per unit, in dollars
     * @param factor         payment factor for units furnished by an assistant, e.g. 0.85
     * @param assistantUnits units furnished in whole or part by an assistant (clamped to 0..units)
     * @return dollars, rounded to cents
     */
    public static double allowed(int units, double fee, double factor, int assistantUnits) {
        int a = Math.max(0, Math.min(assistantUnits, units));
        return Math.round(((units - a) * fee + a * fee * factor) * 100) / 100.0;
    }

    /**
     * A line's charge in dollars: units times the fee per unit, rounded to cents.
     *
     * @param units   units of service
     * @param perUnit fee per unit, in dollars
     * @return dollars, rounded to cents
     */
    public static double charge(int units, double perUnit) {
        return Math.round(units * perUnit * 100) / 100.0;
    }

    /**
     * Minutes of a service an assistant furnished: its {@code assistantMinutes} (contract v2), all of them when it is
     * marked {@code byAssistant}; never more than the service's minutes.
     *
     * @param s the delivered service
     * @return minutes, 0 to the service's minutes
     */
    public static int assistantMinutes(org.careweave.fact.DeliveredService s) {
        return clamp(s.byAssistant() ? s.minutes() : s.assistantMinutes(), s.minutes());
    }

    /**
     * Home health visit units: 15-minute increments, under 23 minutes one (any time at all counts), 23-37 two, and
     * on in steps of 15; 0 minutes none.
     *
     * @param minutes minutes of the visit
     * @return 15-minute increments
     */
    public static int visitIncrements(int minutes) {
        return minutes <= 0 ? 0 : Math.max(1, units(minutes));
    }

    /**
     * Clock minutes in both sets of spans ({@link ClockSpan}s): the minutes of the day covered by at least one span
     * of each list (a minute two PT services both cover counts once).
     *
     * @param a {@link ClockSpan}s (a DRL {@code collect} list)
     * @param b {@link ClockSpan}s
     * @return minutes covered by both
     */
    public static Integer overlapMinutes(List<?> a, List<?> b) {
        boolean[] inA = cover(a);
        boolean[] inB = cover(b);
        int n = 0;
        for (int m = 0; m < inA.length; m++) {
            if (inA[m] && inB[m]) {
                n++;
            }
        }
        return n;
    }

    /**
     * The overlap of two sets of spans as text: "09:15-09:30".
     *
     * @param a {@link ClockSpan}s
     * @param b {@link ClockSpan}s
     * @return the overlapping intervals, comma-separated; empty when none
     */
    public static String overlapText(List<?> a, List<?> b) {
        boolean[] inA = cover(a);
        boolean[] inB = cover(b);
        List<String> parts = new ArrayList<>();
        int from = -1;
        for (int m = 0; m <= inA.length; m++) {
            boolean both = m < inA.length && inA[m] && inB[m];
            if (both && from < 0) {
                from = m;
            } else if (!both && from >= 0) {
                parts.add(clock(from) + "-" + clock(m));
                from = -1;
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The clock time two sets of spans cover together, as text: "09:00-09:45, 45 minutes".
     *
     * @param a {@link ClockSpan}s
     * @param b {@link ClockSpan}s
     * @return the covered intervals and their total minutes
     */
    public static String sessionText(List<?> a, List<?> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        boolean[] on = cover(all);
        List<String> parts = new ArrayList<>();
        int from = -1;
        int total = 0;
        for (int m = 0; m <= on.length; m++) {
            boolean in = m < on.length && on[m];
            total += in ? 1 : 0;
            if (in && from < 0) {
                from = m;
            } else if (!in && from >= 0) {
                parts.add(clock(from) + "-" + clock(m));
                from = -1;
            }
        }
        return String.join(", ", parts) + ", " + minutes(total);
    }

    private static boolean[] cover(List<?> spans) {
        boolean[] on = new boolean[48 * 60];
        for (Object o : spans) {
            ClockSpan s = (ClockSpan) o;
            for (int m = Math.max(0, s.from()); m < Math.min(on.length, s.to()); m++) {
                on[m] = true;
            }
        }
        return on;
    }

    /**
     * The co-treated minutes OT bills ({@code 0..shared}) when PT's and OT's pools that date also hold
     * {@code ptOther} and {@code otOther} minutes: the value nearest {@code preferred} for which PT's units plus
     * OT's units equal the units of all their minutes together; when none does, the nearest with the fewest units.
     *
     * @param ptOther   PT's other timed minutes that date
     * @param otOther   OT's other timed minutes that date
     * @param shared    co-treated minutes
     * @param preferred the OT minutes the clinic's split would give
     * @return OT's co-treated minutes, 0 to {@code shared}
     */
    public static int cotreatmentOtShare(int ptOther, int otOther, int shared, int preferred) {
        int target = units(ptOther + otOther + shared);
        int best = -1;
        int bestUnits = Integer.MAX_VALUE;
        for (int x = 0; x <= shared; x++) {
            int u = units(ptOther + shared - x) + units(otOther + x);
            int score = u == target ? 0 : u;
            int bestScore = bestUnits == target ? 0 : bestUnits;
            if (best < 0 || score < bestScore
                    || (score == bestScore && Math.abs(x - preferred) < Math.abs(best - preferred))) {
                best = x;
                bestUnits = u;
            }
        }
        return Math.max(0, best);
    }

    /**
     * "1 minute", "15 minutes".
     *
     * @param n minutes
     * @return the count with its noun
     */
    public static String minutes(int n) {
        return count(n, "minute");
    }

    /**
     * A count with its noun: "1 unit", "0 units", "2 units".
     *
     * @param n    the count
     * @param noun the singular noun
     * @return the count with the noun, plural unless 1
     */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A noun phrase with its indefinite article, read as spoken: "a PT assistant", "an OT assistant".
     *
     * @param phrase the noun phrase
     * @return the phrase after "a" or "an"
     */
    public static String an(String phrase) {
        char c = phrase.isEmpty() ? 'x' : Character.toLowerCase(phrase.charAt(0));
        return ("aeio".indexOf(c) >= 0 ? "an " : "a ") + phrase;
    }

    /**
     * The values, sorted, comma-separated.
     *
     * @param values any values (as text)
     * @return the sorted values joined by ", "
     */
    public static String joinSorted(java.util.Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The values, sorted, as a list is read aloud: "a", "a and b", "a, b and c". For the dates and codes a message
     * lists (a biller reads "on 2026-11-03 and 2026-11-05", not "on 2026-11-03, 2026-11-05").
     *
     * @param values any values (as text)
     * @return the sorted values, the last two joined by " and ", the others by ", "; "" when there are none
     */
    public static String listed(java.util.Collection<?> values) {
        List<String> sorted = values.stream().map(String::valueOf).sorted().toList();
        int n = sorted.size();
        return n <= 1 ? String.join("", sorted)
                : String.join(", ", sorted.subList(0, n - 1)) + " and " + sorted.get(n - 1);
    }

    /**
     * A key that sorts lines in billing order: date, discipline, code.
     *
     * @param line a claim line fact
     * @return the sort key
     */
    public static String order(Line line) {
        return line.date() + "|" + line.discipline() + "|" + line.code();
    }

    /**
     * Running totals toward the therapy thresholds: for each line (a {@link LineAllowed}), its category's allowed
     * amount for its year before and after it, where "after" is what the case says was already allowed that year
     * ({@link AllowedToDate} rows of the category and year) plus every line of the category and year whose billing
     * {@code order} is at or before this one's. Lines are summed in billing order. Returns one {@link RunningTotal}
     * per line, in billing order.
     *
     * @param priors {@link AllowedToDate} facts (other objects are ignored)
     * @param lines  {@link LineAllowed} values, one per billed line (other objects are ignored)
     * @return one running total per line (amounts in dollars), in category, year and billing order
     */
    public static List<RunningTotal> runningTotals(List<?> priors, List<?> lines) {
        List<LineAllowed> sorted = new ArrayList<>(lines.size());
        for (Object o : lines) {
            if (o instanceof LineAllowed la) {
                sorted.add(la);
            }
        }
        sorted.sort(Comparator.comparing(LineAllowed::category).thenComparingInt(LineAllowed::year)
                .thenComparing(LineAllowed::order));
        List<RunningTotal> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            LineAllowed first = sorted.get(i);
            double prior = 0;
            for (Object o : priors) {
                if (o instanceof AllowedToDate p && p.category().equals(first.category()) && p.year() == first.year()) {
                    prior += p.amount();
                }
            }
            // One category and year: the running sum, where lines of equal order all count toward each other
            // (order <= this line's order), as the per-line rule defined it.
            int end = i;
            while (end < sorted.size() && sorted.get(end).category().equals(first.category())
                    && sorted.get(end).year() == first.year()) {
                end++;
            }
            double cum = 0;
            int k = i;
            while (k < end) {
                int tie = k;
                while (tie < end && sorted.get(tie).order().equals(sorted.get(k).order())) {
                    cum += sorted.get(tie).amount();
                    tie++;
                }
                for (int t = k; t < tie; t++) {
                    LineAllowed la = sorted.get(t);
                    double after = prior + cum;
                    out.add(new RunningTotal(la.line(), la.category(), la.year(), after - la.amount(), after));
                }
                k = tie;
            }
            i = end;
        }
        return out;
    }

    /**
     * The running totals of each date summed up: per category, year and date of service, the lowest total before
     * one of its lines and the highest after one (as the lines of a date are summed in billing order, the total
     * before its first line and after its last).
     *
     * @param totals {@link RunningTotal} values (other objects are ignored)
     * @return one {@link DateTotal} per category, year and date, in that order
     */
    public static List<DateTotal> dateTotals(List<?> totals) {
        Map<String, DateTotal> byDate = new TreeMap<>();
        for (Object o : totals) {
            if (o instanceof RunningTotal t) {
                LocalDate date = t.line().date();
                byDate.merge(t.category() + "|" + t.year() + "|" + date,
                        new DateTotal(t.category(), t.year(), date, t.before(), t.after()),
                        (a, b) -> new DateTotal(a.category(), a.year(), a.date(), Math.min(a.before(), b.before()),
                                Math.max(a.after(), b.after())));
            }
        }
        return new ArrayList<>(byDate.values());
    }

    /**
     * The date treatment days are counted after: the last progress report, else the day before the start.
     *
     * @param plan a plan of care with a start date
     * @return the date after which treatment days count
     */
    public static LocalDate countTreatmentDaysAfter(PlanOfCare plan) {
        return countTreatmentDaysAfter(plan, List.of());
    }

    /**
     * The date treatment days are counted after: the latest of the plan's progress reports and the given
     * re-evaluation dates, else the day before the start.
     *
     * @param plan          a plan of care with a start date
     * @param reevaluations {@link LocalDate}s of re-evaluations (a DRL {@code collect} list)
     * @return the date after which treatment days count
     */
    public static LocalDate countTreatmentDaysAfter(PlanOfCare plan, List<?> reevaluations) {
        LocalDate after = plan.start().minusDays(1);
        List<Object> dates = new ArrayList<>(plan.progressReports());
        dates.addAll(reevaluations);
        for (Object o : dates) {
            LocalDate d = (LocalDate) o;
            if (d.isAfter(after)) {
                after = d;
            }
        }
        return after;
    }

    /**
     * The date the plan's current certification counts from: its latest recertification, else its start.
     *
     * @param plan a plan of care with a start date
     * @return the start of the current certification period
     */
    public static LocalDate lastCertification(PlanOfCare plan) {
        LocalDate from = plan.start();
        for (LocalDate d : plan.recertified()) {
            if (d.isAfter(from)) {
                from = d;
            }
        }
        return from;
    }

    /**
     * The first of some delivered services in visit order: earliest date, then visit, then service.
     *
     * @param services {@link DeliveredService}s (an accumulate's list), not empty
     * @return the first of them
     */
    public static DeliveredService firstService(List<?> services) {
        return services.stream().map(DeliveredService.class::cast)
                .min(Comparator.comparing(DeliveredService::date).thenComparingInt(DeliveredService::visitIndex)
                        .thenComparingInt(DeliveredService::serviceIndex))
                .orElseThrow();
    }

    /**
     * The line with the smallest code among some lines (of one date and discipline).
     *
     * @param lines {@link Line}s (an accumulate's list)
     * @return the first of them by code, or null when there are none
     */
    public static Line firstByCode(List<?> lines) {
        return lines.stream().map(Line.class::cast).min(Comparator.comparing(Line::code)).orElse(null);
    }
}
