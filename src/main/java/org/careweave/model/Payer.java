package org.careweave.model;


/**
 * Who pays. {@code unitMethod} is null unless the case overrides the payer's usual method; the rules decide
 * the default for each payer kind.
 */
public record Payer(String kind, String unitMethod, AllowedToDate allowedToDate) {

    public Payer {
        allowedToDate = allowedToDate == null ? AllowedToDate.NONE : allowedToDate;
    }

    /** Allowed amounts already incurred this calendar year, per Medicare therapy threshold category. */
    public record AllowedToDate(double ptSlp, double ot) {
        public static final AllowedToDate NONE = new AllowedToDate(0, 0);
    }
}
