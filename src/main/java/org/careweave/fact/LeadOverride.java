package org.careweave.fact;

/**
 * A reason specific to this patient (condition, goal, setting, region) to give an area to a discipline other
 * than its usual owner, or to confirm the owner for a stronger reason. {@code region} null applies to the area
 * in every region; a region limits the override to the problem of that area in that region. An override beats
 * the domain owner; two overrides for one problem that name different disciplines are a rule conflict and fail
 * the plan.
 */
public record LeadOverride(String area, String region, String discipline, String because) implements Explained {

    /** An override for the area in every region. */
    public LeadOverride(String area, String discipline, String because) {
        this(area, null, discipline, because);
    }
}
