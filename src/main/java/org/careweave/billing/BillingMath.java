package org.careweave.billing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careweave.fact.billing.Line;
import org.careweave.model.PlanOfCare;

/**
 * Arithmetic the billing rules call. It decides nothing: which minutes are pooled, which method applies and who
 * gets co-treatment units are decided by the rules under {@code rules/billing/}; this class only counts.
 */
public final class BillingMath {

    private BillingMath() {}

    /**
     * The 8-minute table of CMS Pub 100-04 ch.5 §20.2: 0-7 minutes no unit, 8-22 one, 23-37 two, and on in steps
     * of 15 ({@code floor((minutes + 7) / 15)} from 8 minutes up).
     */
    public static int units(int minutes) {
        return minutes < 8 ? 0 : (minutes + 7) / 15;
    }

    /** Sum of the minutes of lines. */
    public static int totalMinutes(List<?> lines) {
        int total = 0;
        for (Object o : lines) {
            total += ((Line) o).minutes();
        }
        return total;
    }

    /**
     * The units one code gets when the units of a pooled total are shared among codes: each code first gets
     * its whole 15-minute blocks, then the units left over go one each to the codes with the most leftover
     * minutes (ties: more minutes in all, then the lower code, so the result is stable).
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
     */
    public static int otSplitShare(int shared) {
        return 15 * (units(shared) / 2);
    }

    /** Minutes since midnight. */
    public static int minuteOfDay(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    /** A minute of the day as "09:05". */
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

    /** A position in the case that sorts services: visit first, then service. */
    public static int seq(int visitIndex, int serviceIndex) {
        return visitIndex * 1000 + serviceIndex;
    }

    /** Clamps a number of minutes to 0..max. */
    public static int clamp(int minutes, int max) {
        return Math.max(0, Math.min(minutes, max));
    }

    public static int intOf(Object number) {
        return number == null ? 0 : ((Number) number).intValue();
    }

    public static double doubleOf(Object number) {
        return number == null ? 0 : ((Number) number).doubleValue();
    }

    /** Money as a message shows it: "$2,410.00". */
    public static String money(double amount) {
        return String.format(Locale.ROOT, "$%,.2f", amount);
    }

    /** A line's allowed amount: units times the fee, times the payment factor (e.g. 0.85 for assistants). */
    public static double allowed(int units, double fee, double factor) {
        return Math.round(units * fee * factor * 100) / 100.0;
    }

    /** A key that sorts lines in billing order: date, discipline, code. */
    public static String order(Line line) {
        return line.date() + "|" + line.discipline() + "|" + line.code();
    }

    /** The date treatment days are counted after: the last progress report, else the day before the start. */
    public static LocalDate countTreatmentDaysAfter(PlanOfCare plan) {
        LocalDate after = plan.start().minusDays(1);
        for (LocalDate d : plan.progressReports()) {
            if (d.isAfter(after)) {
                after = d;
            }
        }
        return after;
    }
}
