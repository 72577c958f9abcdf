package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/threshold-activities.csv}: the activity a goal that brings a score below
 * its cut-off (finding-thresholds.csv, direction {@code at-or-above}: pain, fatigue) is measured with, for a problem
 * of one body region. A problem takes the row of its region, else the area's row without a region; of its rows, the
 * one for a code a precaution withholds from the problem (tables/precaution-limits.csv) wins.
 *
 * @param area     the area, from {@code areas.csv}
 * @param region   the body region the row is for (a value of vocabulary.csv's {@code region} list), or null for a
 *                 problem of any other region or of none
 * @param withheldCode a code (codes.csv) the row is for when a limit withholds it from the problem (97530: no lifting,
 *                 pushing or pulling with the part, so the pain is not rated while lifting), or null for the row
 *                 that holds otherwise
 * @param activity the words that follow the target in the goal ("while gripping ..."), never blank
 * @param source   where the row's knowledge comes from
 */
public record ThresholdActivity(String area, String region, String withheldCode, String activity, String source) {}
