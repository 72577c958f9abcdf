package org.careweave.internal.io;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.careweave.model.Case;
import org.careweave.model.Visit;

/**
 * The date a plan is made for, and what a case's dates must keep to around it. One place for both: the engine
 * counts deadlines and the patient's age to this date, and the readers refuse a case whose patient is born after it.
 */
public final class PlanDate {

    private PlanDate() {}

    /**
     * The case's {@code asOf}, else the latest date the case mentions (visits, orders, condition onsets), so that
     * the same case always gives the same plan (never the wall clock); null when the case has no date at all.
     *
     * @param c the case
     * @return the date the plan is made for, or null
     */
    public static LocalDate of(Case c) {
        if (c.asOf() != null) {
            return c.asOf();
        }
        return Stream.of(
                        c.visits().stream().map(Visit::date),
                        c.orders().stream().map(o -> o.date()),
                        c.conditions().stream().map(k -> k.onset()))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * Said at an order's date, a condition's onset or a plan of care's date (start, certification, progress report,
     * recertification, sending to the referrer, end) before the patient's birth date: neither date is named. No
     * order is written, no plan of care starts and no condition begins before the patient is born (a congenital one
     * begins at birth), so one of the two dates is wrong; unlike a visit before birth (the rules'
     * {@code input-date-out-of-range} error alert, which leaves its lines unbilled), nothing in the plan would say so.
     */
    public static final String BEFORE_BIRTH = "before the patient's birth date: one of the two dates is wrong";

    /**
     * Said at a plan of care's progress report, recertification or end before its start: neither date is named. Each
     * follows the first treatment; a certification or the plan sent to the referrer may precede it (a plan may be
     * established and certified before treatment begins, CMS Pub 100-02 Ch.15 section 220.1.3), so those are not; a
     * sending before the start gets the rules' warning {@code input-date-out-of-range} (rules/billing/deadlines.drl).
     */
    public static final String BEFORE_START = "before the plan of care's start: one of the two dates is wrong";

    /**
     * Said at a condition's onset, an order's date or a plan of care's start, certification, progress report,
     * recertification or sending to the referrer after the case's asOf (each is done by then; a plan's end may
     * follow it): neither date is named. The plan is made for asOf, so a later onset would be planned as if it had already begun (a concussion
     * dated next year planned as recent); unlike a visit after it (the rules' {@code input-date-out-of-range}
     * alert), nothing in the plan would say so.
     *
     * @param asOfNamed what the reader calls the case's asOf ({@code asOf}, {@code Bundle.timestamp})
     * @return the one-line problem
     */
    public static String afterAsOf(String asOfNamed) {
        return "after " + asOfNamed + ", the date the plan is made for: one of the two dates is wrong";
    }

    /**
     * Whether {@code date} is before the patient's birth date; false when either is not given.
     *
     * @param c    the case
     * @param date an order's date or a condition's onset, or null
     * @return true when both are given and {@code date} is the earlier
     */
    public static boolean beforeBirth(Case c, LocalDate date) {
        LocalDate born = c.patient() == null ? null : c.patient().birthDate();
        return born != null && date != null && date.isBefore(born);
    }

    /**
     * What is wrong with the patient's birth date against the date the plan is made for, or null. A patient born
     * after it cannot be: one of the dates is wrong, and planning on would count a negative age (a different plan
     * with no word why). Says which date it was compared with, never either date.
     *
     * @param c         the case
     * @param asOfNamed what the reader calls the case's asOf ({@code asOf}, {@code Bundle.timestamp})
     * @return the problem, to be reported at the birth date, or null
     */
    public static String birthDateProblem(Case c, String asOfNamed) {
        return birthDateProblem(c.patient() == null ? null : c.patient().birthDate(), of(c), c.asOf() != null,
                asOfNamed);
    }

    /**
     * What is wrong with a birth date against the date the plan is made for, or null: for a reader that knows both
     * before the case is built (it says every error of a case at once).
     *
     * @param born      the birth date, or null
     * @param planned   the date the plan is made for ({@link #of}), or null when not known
     * @param asOfGiven whether {@code planned} is the case's asOf rather than its latest date
     * @param asOfNamed what the reader calls the case's asOf
     * @return the problem, to be reported at the birth date, or null
     */
    public static String birthDateProblem(LocalDate born, LocalDate planned, boolean asOfGiven, String asOfNamed) {
        if (born == null || planned == null || !born.isAfter(planned)) {
            return null;
        }
        return asOfGiven
                ? "after " + asOfNamed + ", the date the plan is made for: one of the two dates is wrong"
                : "after every date in the case (with no asOf, the plan is made for its latest visit, order or onset):"
                        + " the birth date or those dates are wrong";
    }
}
