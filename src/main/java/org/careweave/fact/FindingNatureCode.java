package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/finding-natures.csv}: a finding of {@code area} in a patient with a
 * condition whose ICD-10-CM code starts with {@code codePrefix} is of this {@code nature} (sensation with complex
 * regional pain syndrome is hypersensitivity, not loss of feeling), so its goal and interventions follow it.
 *
 * @param area       the finding's area, e.g. {@code sensation}
 * @param codePrefix the start of an ICD-10-CM code, e.g. {@code G90.5}
 * @param nature     what the finding is, e.g. {@code hypersensitivity}
 * @param source     the reference
 */
public record FindingNatureCode(String area, String codePrefix, String nature, String source) {}
