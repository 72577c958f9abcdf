package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/one-handed.csv}: what shows that a patient dresses and washes with one hand
 * (the other arm paralysed, absent, or held in a sling or cast), which keeps two-handed equipment off the discharge
 * plan ({@code discharge-equipment.csv} {@code unless} {@code one-handed}) and brings the one-handed aids
 * ({@code when} {@code one-handed}). One of the two is set on a row.
 *
 * @param codePrefix the start of an ICD-10-CM code of a condition of the case, e.g. {@code I69.35} (hemiplegia after
 *                   a cerebral infarction); null on a precaution row
 * @param precaution a precaution kind of the case or one the plan derives, e.g. {@code distal-radius-cast}; null on
 *                   a code row
 * @param because    why that takes the use of one arm, in words
 * @param source     the reference
 */
public record OneHandedSign(String codePrefix, String precaution, String because, String source) {}
