package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-regions.csv}: a condition of {@code category} whose ICD-10-CM
 * code starts with {@code codePrefix} is of body {@code region} (the limb of an amputation). A row without a
 * prefix gives the region of a condition whose code names none of the category's prefixes (or that has no code).
 *
 * @param category   a condition category (conditions.csv)
 * @param codePrefix the start of an ICD-10-CM code, e.g. {@code Z89.5}; null: the category's usual region
 * @param region     a contract region, e.g. {@code lower-limb}
 * @param source     the reference
 */
public record ConditionRegionCode(String category, String codePrefix, String region, String source) {}
