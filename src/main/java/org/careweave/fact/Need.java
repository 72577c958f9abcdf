package org.careweave.fact;

/**
 * Something about the patient calls for treatment in {@code area}. Several needs may name one area.
 * {@code region} and {@code side} (contract v2) locate a body-function need; null when the finding gave none.
 * {@code source}: the source of the table row that made it a need (a score's cut-off in
 * {@code finding-thresholds.csv}), which the plan's reason cites instead of the rule's; null when the rule's
 * {@code @source} stands.
 */
public record Need(String area, String region, String side, String because, String source)
        implements Explained, Sourced {

    /**
     * A need whose reason cites the rule's {@code @source}.
     *
     * @param area    the area
     * @param region  the body region, or null
     * @param side    the side, or null
     * @param because why, in words
     */
    public Need(String area, String region, String side, String because) {
        this(area, region, side, because, null);
    }

    /**
     * A need without a region (every v1 need).
     *
     * @param area    the area
     * @param because why, in words
     */
    public Need(String area, String because) {
        this(area, null, null, because, null);
    }
}
