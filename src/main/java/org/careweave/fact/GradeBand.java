package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/grade-bands.csv}: how a graded goal reads when its target grade is too low
 * for the activity the area's functional goal names (a manual muscle test goal aiming at 1/5 or 2/5 cannot promise
 * rising from a chair). The row with the lowest {@code upTo} at or above the target grade applies.
 *
 * @param area         the area, from {@code areas.csv}
 * @param scale        the area's scale, as in {@code areas.csv}
 * @param upTo         the highest target grade the row applies to
 * @param text         what the patient does at that grade, on a full or partial course
 * @param textMaintain what the patient keeps doing, on a maintain course
 * @param source       where the row's knowledge comes from
 */
public record GradeBand(String area, String scale, Double upTo, String text, String textMaintain, String source) {}
