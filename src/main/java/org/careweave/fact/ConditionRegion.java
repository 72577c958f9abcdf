package org.careweave.fact;

/**
 * Conclusion: the patient's condition of {@code category} is of body {@code region} (from its ICD-10-CM code,
 * condition-regions.csv), e.g. an amputation of the upper limb.
 *
 * @param category the condition category
 * @param region   a contract region, e.g. {@code upper-limb}
 */
public record ConditionRegion(String category, String region) {}
