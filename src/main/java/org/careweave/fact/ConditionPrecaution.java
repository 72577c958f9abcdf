package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-precautions.csv}: a condition of {@code category} whose ICD-10-CM
 * code starts with {@code codePrefix} (null: whatever its code, or none) brings a plan precaution of {@code precaution}
 * (a kind {@code precaution-texts.csv} words) to every indicated discipline ({@code rules/plan/condition-precautions.drl}):
 * autonomic dysreflexia after a spinal cord injury at T6 or above.
 *
 * @param category   the condition category of the case ({@code conditions.csv})
 * @param codePrefix the ICD-10-CM code prefix, or null for any code
 * @param precaution the precaution kind it brings
 * @param because    why, in words the plan's reason gives
 * @param source     where it comes from
 */
public record ConditionPrecaution(String category, String codePrefix, String precaution, String because, String source) {}
