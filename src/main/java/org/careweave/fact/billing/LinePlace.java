package org.careweave.fact.billing;

import org.careweave.fact.Explained;

/**
 * Where a line is billed: a professional claim's two-digit {@code placeOfService} (revenue code null) or an
 * institutional claim's {@code revenueCode} (place of service null). Read by the plan.
 */
public record LinePlace(Line line, String placeOfService, String revenueCode, String because) implements Explained {}
