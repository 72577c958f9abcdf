package org.careweave.fact;

/**
 * The one discipline that leads a problem. {@code basis} is the {@link DomainOwner} or {@link LeadOverride} it
 * was resolved from; the plan reports that fact's rule as the reason.
 */
public record Lead(String area, String discipline, Object basis) implements Derived {}
