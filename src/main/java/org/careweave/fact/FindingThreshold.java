package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/finding-thresholds.csv}: on which side of {@code value} a score
 * calls for treatment. {@code direction} is {@code at-or-above} or {@code at-or-below}. {@code ages} is the age band
 * the cut-off holds for: {@code adult}, {@code child} (under 18, CaseContext.isChild()) or null for any age, so an
 * adult fall-risk cut-off is not applied to a child. A row with a {@code nature} holds for a finding of that nature
 * (finding-natures.csv: fatigue in multiple sclerosis) in place of the area's row without one, and its {@code words}
 * name the scale in the need's reason in place of the scale's vocabulary.csv meaning.
 *
 * @param area      the area
 * @param scale     the area's scale
 * @param direction {@code at-or-above} or {@code at-or-below}
 * @param value     the cut-off
 * @param source    where the cut-off comes from
 * @param ages      {@code adult}, {@code child} or null (any age)
 * @param nature    the finding nature the row holds for (finding-natures.csv), or null: a finding of any nature
 *                  without a row of its own
 * @param words     how the need's reason names the scale for this row, or null: the scale's meaning in
 *                  vocabulary.csv (list {@code column:areas.scale})
 */
public record FindingThreshold(String area, String scale, String direction, double value, String source, String ages,
        String nature, String words) {

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
