package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/programme-conditions.csv}: a condition (an ICD-10-CM code prefix) a
 * rehabilitation programme is covered for, and how long after the condition's onset ({@code months}; null: while the
 * condition is current, whatever its onset). A patient with such a condition is in the programme's population of
 * {@code frequency.csv} ({@code rules/plan/cardiac-rehab.drl}).
 *
 * @param programme the programme, a referral ({@code cardiac-rehab})
 * @param codePrefix the ICD-10-CM code prefix
 * @param months    months from the onset the programme is covered for, or null while current
 * @param source    where the coverage comes from
 */
public record ProgrammeCondition(String programme, String codePrefix, Integer months, String source) {}
