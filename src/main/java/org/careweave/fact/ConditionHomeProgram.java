package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-home-programs.csv}: the home programme entry a treating discipline
 * gives a patient with a condition (an ICD-10-CM code prefix) whatever problems it leads, in place of the written-down
 * session exercises ({@code rules/discharge/home-program.drl}); {@code source} says where it comes from.
 *
 * @param discipline {@code pt} or {@code ot}
 * @param codePrefix the ICD-10-CM code prefix of the condition, or null for a row keyed by its precaution
 * @param precaution the plan precaution (vocabulary.csv plan-precaution) whose discipline the row holds for, whatever
 *                   condition brought it, or null for a row keyed by its code prefix
 * @param text       the entry in words
 * @param source     where it comes from
 * @param walking    a walking prescription's rank, as in {@link HomeProgramOption#walking()}; null: no walking prescribed
 * @param area       the area whose {@link HomeProgramOption} entry this row replaces while the discipline leads a
 *                   problem of it (multiple sclerosis fatigue); null: the row holds whatever the discipline leads
 */
public record ConditionHomeProgram(String discipline, String codePrefix, String precaution, String text, String source,
        Integer walking, String area) {}
