package org.careweave.fact;

/**
 * Conclusion: the functional goal row ({@code functional-goals.csv}) that words the goal of the problem in
 * {@code area} and {@code region} (null: no region): the row written for that region, else the area's row without
 * one.
 *
 * @param area           the problem's area
 * @param region         the problem's region, or null
 * @param text           the goal's activity
 * @param target         how the target reads on a full or partial course
 * @param targetMaintain how the target reads on a maintain course
 * @param baseline       how the baseline reads when the case carries no measure of the area, or null
 */
public record GoalWording(String area, String region, String text, String target, String targetMaintain,
        String baseline) {

    /**
     * A wording without a baseline of its own (rule sets written before functional-goals.csv had the column).
     *
     * @param area           the problem's area
     * @param region         the problem's region, or null
     * @param text           the goal's activity
     * @param target         how the target reads on a full or partial course
     * @param targetMaintain how the target reads on a maintain course
     */
    public GoalWording(String area, String region, String text, String target, String targetMaintain) {
        this(area, region, text, target, targetMaintain, null);
    }
}
