package org.careweave.fact;

/**
 * How an indicated discipline reaches the patient: {@code ordered} (the case holds an order for it) or
 * {@code recommended} (no order: the plan recommends a referral instead of assuming one). Contract v2.
 */
public record Referral(String discipline, String kind, String because) implements Explained {
    /** {@code kind}: the case holds an order. */
    public static final String ORDERED = "ordered";
    /** {@code kind}: the plan recommends a referral. */
    public static final String RECOMMENDED = "recommended";
}
