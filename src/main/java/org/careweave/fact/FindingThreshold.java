package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/finding-thresholds.csv}: on which side of {@code value} a score
 * calls for treatment. {@code direction} is {@code at-or-above} or {@code at-or-below}.
 */
public record FindingThreshold(String area, String scale, String direction, double value, String source) {

    public boolean calledForBy(double score) {
        return "at-or-above".equals(direction) ? score >= value : score <= value;
    }
}
