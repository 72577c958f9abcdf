package org.careweave.fact;

/**
 * How an indicated discipline reaches the patient: {@code ordered} (the case holds an order for it) or
 * {@code recommended} (no order: the plan recommends a referral instead of assuming one). Contract v2.
 */
public record Referral(String discipline, String kind, String because) implements Explained {
    public static final String ORDERED = "ordered";
    public static final String RECOMMENDED = "recommended";
}
