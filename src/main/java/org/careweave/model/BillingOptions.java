package org.careweave.model;

/**
 * Case-level billing choices the contract leaves to the clinic. {@code cotreatmentUnits}: {@code split}
 * (default) divides co-treatment units between the disciplines; {@code pt} or {@code ot} gives them all to one.
 */
public record BillingOptions(String cotreatmentUnits) {

    public static final BillingOptions DEFAULT = new BillingOptions("split");

    public BillingOptions {
        cotreatmentUnits = cotreatmentUnits == null ? "split" : cotreatmentUnits;
    }
}
