package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/finding-thresholds.csv}: on which side of {@code value} a score
 * calls for treatment. {@code direction} is {@code at-or-above} or {@code at-or-below}.
 */
public record FindingThreshold(String area, String scale, String direction, double value, String source) {

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
