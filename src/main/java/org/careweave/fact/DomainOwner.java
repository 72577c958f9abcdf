package org.careweave.fact;

/**
 * The discipline that usually owns an area, absent anything specific to this patient. {@code region} is
 * {@link LeadOverride#ANY_REGION} for the area in every region, or one problem's region (null: the problem
 * without a region) when the reason differs by region (a body function whose region was not given says so).
 */
public record DomainOwner(String area, String region, String discipline, String because) implements Explained {

    /**
     * The usual owner of the area in every region.
     *
     * @param area       the area
     * @param discipline {@code pt} or {@code ot}
     * @param because    why, in words
     */
    public DomainOwner(String area, String discipline, String because) {
        this(area, LeadOverride.ANY_REGION, discipline, because);
    }

    /**
     * Whether this owner applies to the problem of its area in {@code problemRegion}.
     *
     * @param problemRegion the problem's region, or null for a problem without one
     * @return true for {@link LeadOverride#ANY_REGION} or the same region
     */
    public boolean appliesTo(String problemRegion) {
        return LeadOverride.ANY_REGION.equals(region) || java.util.Objects.equals(region, problemRegion);
    }
}
