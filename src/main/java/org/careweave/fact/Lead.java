package org.careweave.fact;

/**
 * The one discipline that leads a problem (an area in a region; {@code region} null when the problem has none).
 * {@code basis} is the {@link DomainOwner} or {@link LeadOverride} it was resolved from; the plan reports that
 * fact's rule as the reason.
 */
public record Lead(String area, String region, String discipline, Object basis) implements Derived {

    /**
     * The lead of a problem without a region.
     *
     * @param area       the area
     * @param discipline {@code pt} or {@code ot}
     * @param basis      the {@link DomainOwner} or {@link LeadOverride} it was resolved from
     */
    public Lead(String area, String discipline, Object basis) {
        this(area, null, discipline, basis);
    }
}
