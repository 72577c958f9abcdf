package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/finding-thresholds.csv}: on which side of {@code value} a score
 * calls for treatment. {@code direction} is {@code at-or-above} or {@code at-or-below}. {@code ages} is the age band
 * the cut-off holds for: {@code adult}, {@code child} (under 18, CaseContext.isChild()) or null for any age, so an
 * adult fall-risk cut-off is not applied to a child.
 *
 * @param area      the area
 * @param scale     the area's scale
 * @param direction {@code at-or-above} or {@code at-or-below}
 * @param value     the cut-off
 * @param source    where the cut-off comes from
 * @param ages      {@code adult}, {@code child} or null (any age)
 */
public record FindingThreshold(String area, String scale, String direction, double value, String source, String ages) {

    /**
     * Whether a score is on the side of the threshold that calls for treatment.
     *
     * @param score a score on the area's scale
     * @return true when {@code score} is at or above (or at or below) {@code value}
     */
    public boolean calledForBy(double score) {
        return "at-or-above".equals(direction) ? score >= value : score <= value;
    }
}
