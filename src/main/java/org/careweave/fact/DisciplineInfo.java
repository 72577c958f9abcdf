package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/disciplines.csv}: a discipline's name, the modifier that marks its plan
 * of care on a claim, the modifier for work by its assistant, its Medicare therapy threshold category and how a
 * biller names that threshold in a reason ({@code thresholdLabel}: "the combined PT and SLP therapy threshold", never
 * the category id {@code pt-slp}; the category in a table without the column).
 */
public record DisciplineInfo(
        String discipline,
        String name,
        String planModifier,
        String assistantModifier,
        String thresholdCategory,
        String thresholdLabel) {

    /**
     * How a biller names the discipline's therapy threshold.
     *
     * @return the table's label, or the threshold category when the table has none
     */
    @Override
    public String thresholdLabel() {
        return thresholdLabel == null ? thresholdCategory : thresholdLabel;
    }
}
