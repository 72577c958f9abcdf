package org.careweave.fact;

/**
 * A reason specific to this patient (condition, goal, setting, region) to give an area to a discipline other
 * than its usual owner, or to confirm the owner for a stronger reason. {@code region} is {@link #ANY_REGION}
 * ({@code "*"}) for the area in every region, a region for the problem of that area in that region, or null for
 * the problem recorded without a region. An override beats the domain owner; two overrides for one problem that
 * name different disciplines are a rule conflict and fail the plan.
 */
public record LeadOverride(String area, String region, String discipline, String because) implements Explained {

    /** The region value that matches the area's problem in every region (and the one without a region). */
    public static final String ANY_REGION = "*";

    /**
     * An override for the area in every region.
     *
     * @param area       the area
     * @param discipline {@code pt} or {@code ot}
     * @param because    why, in words
     */
    public LeadOverride(String area, String discipline, String because) {
        this(area, ANY_REGION, discipline, because);
    }

    /**
     * Whether this override applies to the problem of its area in {@code problemRegion}.
     *
     * @param problemRegion the problem's region, or null for a problem without one
     * @return true for {@link #ANY_REGION} or the same region
     */
    public boolean appliesTo(String problemRegion) {
        return ANY_REGION.equals(region) || java.util.Objects.equals(region, problemRegion);
    }
}
