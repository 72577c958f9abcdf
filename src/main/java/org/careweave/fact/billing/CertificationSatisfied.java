package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/** A discipline's initial plan-of-care certification is met without a physician signature (the 2025 exception). */
public record CertificationSatisfied(String discipline, String because) implements Explained {}
