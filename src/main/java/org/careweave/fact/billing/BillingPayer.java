package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** The payer kind whose row of payers.csv the billing rules follow for this case. */
public record BillingPayer(String kind, String because) implements Explained {}
