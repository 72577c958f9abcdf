package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/**
 * The claim this case is billed on: {@code form} {@code professional} or {@code institutional}, its type of bill
 * (institutional only, e.g. {@code 032x}), how lines are coded ({@code delivered} or {@code visit-g-code}) and
 * how the payer pays ({@code fee-schedule}, {@code stay}, {@code discharge}, {@code per-diem}, {@code period},
 * {@code per-visit}).
 */
public record BillingForm(String form, String typeOfBill, String lineCodes, String payment, String because)
        implements Explained {}
