package org.careweave.model;

/**
 * Case-level billing choices the contract leaves to the clinic. {@code cotreatmentUnits}: {@code split}
 * (default) divides co-treatment units between the disciplines; {@code pt} or {@code ot} gives them all to one.
 *
 * @param cotreatmentUnits {@code split}, {@code pt} or {@code ot}; null means {@code split}
 */
public record BillingOptions(String cotreatmentUnits) {

    /** The options of a case that states none: co-treatment units split. */
    public static final BillingOptions DEFAULT = new BillingOptions("split");

    /**
     * Fills the default.
     *
     * @param cotreatmentUnits {@code split}, {@code pt} or {@code ot}; null means {@code split}
     */
    public BillingOptions {
        cotreatmentUnits = cotreatmentUnits == null ? "split" : cotreatmentUnits;
    }
}
