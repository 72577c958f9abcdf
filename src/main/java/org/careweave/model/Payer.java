package org.careweave.model;


/**
 * Who pays. {@code unitMethod} is null unless the case overrides the payer's usual method; the rules decide
 * the default for each payer kind.
 *
 * @param kind          the payer kind, from {@code payers.csv} (e.g. {@code medicare-part-b})
 * @param unitMethod    {@code cms-total-time} or {@code per-code} (list {@code unit-method}) to override the
 *                      payer's method, or null
 * @param allowedToDate allowed amounts (dollars) already incurred this year; never null
 */
public record Payer(String kind, String unitMethod, AllowedToDate allowedToDate) {

    /**
     * Fills {@code allowedToDate} (null becomes {@link AllowedToDate#NONE}).
     *
     * @param kind          the payer kind
     * @param unitMethod    the unit method override, or null
     * @param allowedToDate allowed amounts already incurred, or null
     */
    public Payer {
        allowedToDate = allowedToDate == null ? AllowedToDate.NONE : allowedToDate;
    }

    /**
     * Allowed amounts already incurred this calendar year, per Medicare therapy threshold category.
     *
     * @param ptSlp dollars allowed so far for PT and speech-language pathology combined
     * @param ot    dollars allowed so far for OT
     */
    public record AllowedToDate(double ptSlp, double ot) {
        /** Nothing incurred yet: 0 dollars in both categories. */
        public static final AllowedToDate NONE = new AllowedToDate(0, 0);
    }
}
