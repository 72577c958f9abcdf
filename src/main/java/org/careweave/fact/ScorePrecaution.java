package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/score-precautions.csv}: a score at or below {@code upTo} on the area's scale
 * makes the plan precaution {@code precaution}; the row with the lowest {@code upTo} a score reaches is the one given.
 *
 * @param area       the finding's area
 * @param scale      the area's scale
 * @param upTo       the highest score of the band
 * @param precaution the plan precaution the band makes (its words: precaution-texts.csv)
 * @param unless     a plan precaution that makes this one redundant for the discipline that has it, or null
 * @param source     where the band comes from
 */
public record ScorePrecaution(String area, String scale, double upTo, String precaution, String unless,
                              String source) {
}
