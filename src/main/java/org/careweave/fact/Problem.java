package org.careweave.fact;

/**
 * A problem to treat: one area in one region (contract v2: pain of the knee and pain of the wrist are two
 * problems), one per area and region whatever the number of needs behind it. {@code region} is null when no
 * finding located it (every v1 problem).
 */
public record Problem(String area, String region) {

    /**
     * A problem without a region.
     *
     * @param area the area
     */
    public Problem(String area) {
        this(area, null);
    }
}
