package org.careweave.fact;

/**
 * Conclusion: the case's finding of {@code area} is of this {@code nature} (from a condition's ICD-10-CM code,
 * finding-natures.csv), e.g. sensation as hypersensitivity after complex regional pain syndrome.
 *
 * @param area   the finding's area
 * @param nature what the finding is
 */
public record FindingNature(String area, String nature) {}
